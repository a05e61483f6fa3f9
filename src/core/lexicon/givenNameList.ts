import { nameKey, slavicStem } from '../text/fold';

/**
 * Common given names across the languages Dossier meets (English, Slavic in Latin and Cyrillic
 * script, German, Romance, Arabic, Turkish, Persian, South and South-East Asian, Hebrew, African).
 * Matched by transliteration key, so one spelling covers its variants (Sergey/Sergei/Sergej,
 * Yuri/Juri, Volodymyr/Wolodymyr). A few thousand names at most: the engine bundle stays small.
 *
 * This list is the source; the engine loads its keys from givenNameKeys.ts, which
 * `node scripts/givenNameKeys.mjs` writes from it (after `node esbuild.mjs`). Keying the names when
 * the engine loads cost about half of its load time. A unit test checks the keys are current.
 */
export const GIVEN_NAMES = `
Aaron Abby Abigail Adam Adrian Adriana Agnes Aidan Alan Albert Alberto Alec Alex Alexa Alexander Alexandra Alexis Alfred Alice
Alicia Alison Alma Amanda Amber Amelia Amy Andrea Andrew Andy Angela Angelina Anita Ann Anna Anne Anthony Antonia April Archie
Arnold Arthur Ashley Audrey Austin Ava Barbara Barry Beatrice Becky Ben Benjamin Bernard Bernie Beth Betty Beverly Bill Billy
Blake Bob Bobby Bonnie Boris Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Brittany Brooke Bruce Caitlin Calvin
Cameron Camilla Carl Carla Carol Caroline Carolyn Carrie Casey Catherine Cathy Cecilia Charles Charlie Charlotte Chelsea
Cheryl Chloe Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Clarence Claudia Clifford Colin Connie
Connor Craig Cynthia Dale Dan Dana Daniel Danielle Danny Darren Dave David Dawn Dean Debbie Deborah Dennis Derek Diana Diane
Dick Dolores Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Earl Ed Eddie Edgar Edith Edward Edwin Eileen
Elaine Eleanor Elena Eli Elijah Elizabeth Ella Ellen Elliot Eloise Emily Emma Eric Erica Erin Ernest Esther Ethan Eugene Eva
Evan Evelyn Frances Francis Frank Frankie Fred Freddie Frederick Gabriel Gabrielle Gail Gary Gavin Gemma Gene Geoffrey George
Georgia Gerald Gillian Gina Glen Gloria Gordon Grace Graham Grant Greg Gregory Hailey Hannah Harold Harriet Harry Harvey Hazel
Heather Helen Henry Herbert Hilary Holly Howard Hugh Hugo Ian Irene Isaac Isabel Isabella Isabelle Jack Jackie Jacob
Jacqueline Jake James Jamie Jane Janet Janice Jared Jason Jay Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerry Jesse Jessica Jill
Jim Jimmy Jo Joan Joanna Joanne Jodie Joe Joel John Johnny Jonathan Jordan Joseph Josh Joshua Joy Joyce Judith Judy Julia
Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Kay Keith Kelly Ken Kenneth Kerry Kevin Kim Kimberly Kirsty
Kyle Larry Laura Lauren Lawrence Leah Lee Leo Leon Leonard Leslie Lewis Liam Lily Linda Lindsay Lindsey Lisa Lloyd Logan Lois
Lorraine Louis Louise Lucas Lucy Luke Lydia Lynn Madeleine Madison Maggie Malcolm Mandy Margaret Marguerite Marie Marilyn
Marion Mark Marsha Martha Martin Marvin Mary Matt Matthew Maureen Max Megan Melanie Melissa Melvin Michael Michelle Mike
Mildred Mitch Mitchell Molly Monica Morgan Nancy Naomi Natalie Nathan Nathaniel Neil Nicholas Nick Nicky Nicola Nicole Nigel
Noah Norma Norman Oliver Olivia Oscar Owen Paddy Pamela Patricia Patrick Patsy Paul Paula Pauline Peggy Penelope Penny Pete
Peter Phil Philip Phoebe Phyllis Priscilla Rachel Ralph Randy Ray Raymond Rebecca Reginald Rhys Richard Rick Rishi Rob Robert
Robin Rodney Roger Ron Ronald Ronnie Rose Rosemary Ross Roy Ruby Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Scott
Sean Shane Shannon Sharon Shaun Sheila Shirley Sidney Simon Sophia Sophie Stacey Stanley Stella Stephanie Stephen Steve Steven
Stuart Sue Susan Suzanne Sylvia Tammy Tanya Ted Teresa Terence Terry Theodore Theresa Thomas Tim Timothy Tina Toby Todd Tom
Tommy Tony Tracey Tracy Travis Trevor Troy Tyler Valerie Vanessa Vera Veronica Vicky Victor Victoria Vincent Virginia Wade
Walter Wanda Warren Wayne Wendy Wesley Whitney William Willie Yvonne Zachary Zoe Kamala Barack Hunter Marco Nikki Mitt Rand
Elon Ivanka Melania Kristen Alexandria Cory Raphael Gretchen Jerome Antony Keir Liz Yvette Olaf Friedrich Markus Ursula
Emmanuel Giorgia Mario Sergio Matteo Pedro Viktor Kaja Frank-Walter Wolfgang Horst Armin Lars Karl Heinz Jürgen Dieter Günter
Günther Helmut Gerhard Hans Uwe Manfred Werner Rolf Rudolf Sven Jens Jörg Stefan Tobias Florian Sebastian Maximilian Felix
Lukas Jonas Finn Niklas Moritz Till Dirk Holger Bernd Thorsten Torsten Ulrich Volker Reinhard Hartmut Joachim Norbert Gerd
Heiko Marcel Benedikt Sabine Petra Monika Renate Gisela Ingrid Brigitte Helga Karin Heike Birgit Anja Kerstin Silke Anke
Simone Manuela Jutta Elke Franziska Johanna Lena Leonie Mia Emilia Greta Frieda Luise Marlene Annegret Nadja Dorothee
Christiane Cem Saskia Bärbel Hildegard Gudrun Angelika Giuseppe Giovanni Antonio Francesco Luigi Paolo Roberto Stefano
Alessandro Luca Lorenzo Gianluca Giancarlo Giorgio Enrico Fabio Massimo Maurizio Claudio Carlo Franco Renato Silvio Romano
Enzo Pier Piero Pietro Vittorio Salvatore Vincenzo Domenico Raffaele Gennaro Guido Umberto Ettore Federico Riccardo Davide
Emanuele Tommaso Giulio Gianni Dario Elio Mattia Leonardo Filippo Edoardo Giacomo Maria Giulia Francesca Chiara Martina
Valentina Alessia Federica Elisa Paola Roberta Daniela Lucia Rosa Giovanna Marta Ilaria Marina Luisa Aurora Matilde Ginevra
Mara Letizia Stefania José João Manuel Francisco Joaquim Luís Carlos Paulo Jorge Miguel Rui Nuno Tiago Diogo Gonçalo Duarte
Bruno Fernando Rodrigo Eduardo Marcelo Marcos Gustavo Mateus Thiago Felipe Vinícius Guilherme Henrique Otávio Caio Renan Ciro
Geraldo Flávio Jair Dilma Inácio Benedita Rosângela Beatriz Mariana Juliana Fernanda Larissa Letícia Bruna Aline Luana Raquel
Carolina Renata Natália Gabriela Rita Inês Catarina Filipa Leonor Sónia Helena Graça Fátima Conceição Alexandre Augusto André
Raimundo Sebastião Benedito Heitor Davi Bernardo Juan Javier Alejandro Diego Pablo Jesús Ángel Raúl Enrique Andrés Ramón
Emilio Ignacio Gonzalo Santiago Iñigo Xavier Esteban Rubén Álvaro Jaime Joaquín Mauricio Carmen Pilar Rocío Ximena Mercedes
Inmaculada Yolanda Begoña Ainhoa Nerea Montserrat Núria Pierre Philippe Alain Jacques François Christophe Laurent Frédéric
Sébastien Julien Thierry Didier Gérard Dominique Pascal Yves Édouard Benoît Rémi Hervé Gilles Marine Nathalie Sylvie Martine
Aurélie Camille Manon Juliette Amélie Élise Clément Lionel Arnaud Mathieu Sergey Serhii Vladimir Volodymyr Aleksandr Oleksandr
Oleksandra Aleksei Oleksii Dmitry Dmytro Andrei Andriy Mikhail Mykhailo Nikolai Mykola Ivan Ivanna Pavel Pavlo Yuri Igor Ihor
Oleg Oleh Vitaly Valery Anatoly Gennady Hennadiy Yevgeny Yevhen Yevheniy Konstantin Kostiantyn Maxim Roman Ruslan Rustam
Rustem Rinat Timur Artem Artyom Anton Arseniy Arsen Bohdan Bogdan Vasily Vasyl Grigory Hryhoriy Pyotr Stepan Taras Yaroslav
Yaroslava Vyacheslav Volodymyra Valentin Vadim Leonid Kirill Kyrylo Danylo Daniil Fyodor Fedir Gleb Ilya Yegor Yehor Yakiv
Yakov Matvei Mykyta Nikita Stanislav Svyatoslav Rostislav Vsevolod Zakhar Semyon Semen Lev Emil Eduard Marat Sergiy Ostap
Orest Markiyan Nazar Olena Olga Olha Oksana Tetiana Tatiana Iryna Svitlana Svetlana Lyudmila Ludmila Halyna Galina Nadezhda
Kateryna Ekaterina Viktoria Anastasia Daria Alena Alyona Kristina Inna Zoya Lyubov Ksenia Polina Alina Yana Ulyana Veronika
Ganna Myroslava Ruslana Zinaida Raisa Tamara Valeriya Elvira Solomiia Lesia Mila Ilona Evgenia Andrzej Krzysztof Tomasz Michał
Marcin Jakub Grzegorz Wojciech Rafał Radosław Zbigniew Lech Bronisław Władysław Kazimierz Janusz Ryszard Agnieszka Małgorzata
Katarzyna Magdalena Beata Dorota Zuzana Milos Petr Jiří Václav Zoran Aleksandar Milorad Vojislav Slobodan Dragan Goran Nebojsa
Vuk Ivica Tomislav Ilir Nikos Kyriakos Giorgos Yiannis Dimitris Konstantinos Andreas Christos Costas Panagiotis Dora Gheorghe
Nicolae Recep Ahmet Mehmet Mustafa Ali Hakan Kemal Fatih Murat Selim Emre Burak Ömer Hasan Hüseyin İbrahim İsmail Yusuf Osman
Abdullah Süleyman Bülent Levent Serkan Onur Oğuz Volkan Kaan Tolga Ayşe Fatma Emine Zeynep Elif Meral Merve Büşra Hülya Gül
Tansu Sibel Özlem Nilüfer Aylin Pınar Derya Esra Cevdet Mohammed Mohammad Muhammad Ahmed Ahmad Mahmoud Mahmud Omar Umar Khalid
Khaled Abdallah Abdul Abdel Abdulaziz Abdelaziz Abdelfattah Youssef Ismael Hamza Tariq Tarek Karim Kareem Samir Sameer Nabil
Walid Waleed Fadi Rami Ramzi Ziad Bassam Bashar Hafez Hafiz Rafik Rafiq Saad Saeed Salim Salem Sami Sultan Faisal Fahad Fahd
Nasser Jamal Gamal Kamal Anwar Mansour Marwan Mahdi Mehdi Hani Hisham Imad Emad Issa Jihad Jawad Nawaf Nizar Osama Usama
Qassem Qasim Rashid Rashed Riad Salah Saleh Tamim Talal Yahya Yasser Yasir Yazid Zaid Zein Zain Mohsen Hamad Hamid Hamdan
Hamed Hakim Habib Hadi Haitham Haider Hashem Ghassan Fouad Fuad Fawaz Ehud Aziz Amir Ameer Amr Ayman Ayoub Adel Adil Abbas
Akram Alaa Ashraf Atef Badr Bilal Daoud Dawood Ebrahim Jafar Jibril Kassem Latif Majid Majed Maher Mazen Musa Mounir Munir
Nadim Naim Naji Najib Nouri Nuri Qais Raed Sabri Sadiq Sadek Shadi Sharif Sherif Sulaiman Tawfiq Wael Yasin Zakaria Fatemeh
Aisha Aicha Ayesha Khadija Mariam Miriam Zainab Zeinab Layla Leila Noor Nour Rania Rana Dina Hanan Huda Hala Samira Amira
Yasmin Yasmine Jamila Nadine Lina Lama Reem Rim Salma Sana Heba Hiba Iman Eman Asma Amal Mona Dalia Ghada Manal Nawal Nisreen
Rasha Sawsan Suha Widad Wafa Hind Abeer Alia Aya Basma Dua Farah Hadeel Lubna Malak Noura Shireen Sherine Tala Yara Zeina Ruba
Roula Raghad Nada Mai Reza Hossein Mojtaba Masoud Akbar Morteza Sadegh Mostafa Arash Babak Behrouz Bijan Cyrus Dariush Farhad
Farid Firouz Hooman Kamran Kaveh Keyvan Kian Mehran Milad Nader Omid Payam Pejman Pouya Ramin Saman Shahram Shahin Siamak Sina
Vahid Parisa Shirin Narges Nasrin Niloufar Roya Sahar Shiva Soraya Taraneh Azadeh Ladan Mahsa Minoo Nazanin Neda Parvin Simin
Fariba Farnaz Mahnaz Ziba Marjan Mina Donya Dorsa Elham Fereshteh Golnar Haleh Homa Jaleh Rahul Rajesh Ramesh Suresh Mahesh
Ganesh Dinesh Sunil Anil Vijay Ajay Sanjay Amit Sumit Rohit Mohit Vikram Arjun Arvind Ashok Deepak Manoj Narendra Lal Krishna
Gopal Shankar Nirmala Priyanka Priya Pooja Neha Anjali Sunita Kavita Rekha Meena Lakshmi Sita Radha Deepika Aishwarya Kiran
Asha Usha Shanti Divya Shreya Ananya Aditya Akash Ankit Varun Karan Kunal Nikhil Nitin Pradeep Prakash Rakesh Ravi Sandeep
Sanjeev Santosh Shashi Shiv Subhash Sudhir Tarun Vinod Yogesh Imran Asif Shahid Junaid Fawad Usman Waqar Joko Abdurrahman Budi
Agus Arief Bayu Dedi Dewi Dian Eko Fajar Hendra Indra Irfan Made Nyoman Putu Ketut Rizky Rizal Sri Siti Wahyu Yanti Wati Ratna
Rina Rini Sari Lestari Puspita Retno Kartika Ayu Fitri Nur Nurul Putri Intan Indah Erick Zulkifli Andika Ferdinand Xi Li Wang
Zhang Liu Chen Yang Huang Zhao Wu Zhou Qiang Yi Wen Hu Shigeru Taro Kenji Hiroshi Takeshi Akira Koji Kazuo Yuki Yuko Keiko
Akiko Hiroko Park Ban Cyril Nelson Desmond Julius Ousmane Fattah Kwame Amina Aminata Fatou Chiamaka Adaeze Ifeoma Oluwaseun
Tunde Emeka Chukwuemeka Obinna Kelechi Abubakar Aliyu Bello Binyamin Bibi Naftali Yoav Gideon Benny Yitzhak Ariel Menachem
Golda Moshe Eliezer Avraham Yonatan Yehuda Amos Ofer Uri Tzipi Ayelet Miri Orit Merav Yael Tamar Shira Efrat Einat Galit Hila
Keren Limor Liat Maya Osnat Ronit Sigal Talia Tali Yehudit Benedict Karol Angelo Olexander Володимир Владимир Сергій Сергей
Олександр Александр Олексій Алексей Дмитро Дмитрий Андрій Андрей Михайло Михаил Микола Николай Іван Иван Павло Павел Юрій Юрий
Ігор Игорь Олег Віктор Виктор Віталій Виталий Валерій Валерий Анатолій Анатолий Геннадій Геннадий Євген Евгений Костянтин
Константин Максим Роман Руслан Рустем Рустам Денис Артем Артём Антон Арсеній Богдан Борис Василь Василий Григорій Григорий
Петро Петр Пётр Степан Тарас Ярослав В'ячеслав Вячеслав Вадим Леонід Леонид Кирило Кирилл Данило Федір Фёдор Федор Ілля Илья
Єгор Егор Яків Микита Никита Станіслав Святослав Ростислав Всеволод Захар Лев Марат Рамзан Юлія Юлия Олена Елена Ольга Оксана
Наталія Наталья Тетяна Татьяна Ірина Ирина Світлана Светлана Людмила Галина Лариса Валентина Надія Надежда Катерина Екатерина
Вікторія Виктория Анастасія Анастасия Дарія Дарья Марія Мария Марина Альона Алена Христина Кристина Інна Инна Зоя Віра Вера
Любов Любовь Ксенія Ксения Поліна Полина Софія София Аліна Алина Діана Диана Яна Уляна Вероніка Вероника Ганна Анна Мирослава
Руслана Олександра Зінаїда Тамара Дональд Джо Емманюель Еммануель Фрідріх Урсула Марко Ангела Олаф Джон Стів Стівен Майкл
Джеймс Роберт Вільям Річард Томас Чарльз Марк Пол Ентоні Ендрю
`;

/**
 * The keys `isGivenName` looks words up by: the `nameKey` of every listed name and of each part of a
 * hyphenated one (Jean-Claude → jean, claude), and for Cyrillic names their stem after `~`, since
 * Ukrainian and Russian names decline ("Володимира" is still Volodymyr). Sorted, each once.
 */
export function givenNameKeys(): string[] {
  const keys = new Set<string>();
  for (const name of GIVEN_NAMES.split(/\s+/)) {
    if (!name) continue;
    keys.add(nameKey(name));
    if (/[\u0400-\u04ff]/.test(name)) keys.add(`~${slavicStem(name)}`);
    if (name.includes('-')) for (const part of name.split('-')) keys.add(nameKey(part));
  }
  return [...keys].sort();
}
