import { nameKey, slavicStem } from '../text/fold';

/**
 * Common given names across the languages Dossier meets (English, Slavic in Latin and Cyrillic
 * script, German, Romance, Arabic, Turkish, Persian, South and South-East Asian, Hebrew, African).
 * Matched by transliteration key, so one spelling covers its variants (Sergey/Sergei/Sergej,
 * Yuri/Juri, Volodymyr/Wolodymyr). A few thousand names at most: the engine bundle stays small.
 */
const GIVEN_NAMES = `
Aaron Abby Abigail Adam Adrian Adriana Agnes Aidan Alan Albert Alberto Alec Alex Alexa Alexander Alexandra Alexis Alfred Alice
Alicia Alison Allan Allison Alma Amanda Amber Amelia Amy Andrea Andrew Andy Angela Angelina Anita Ann Anna Anne Annie Anthony
Antonia April Archie Arnold Arthur Ashley Audrey Austin Ava Barbara Barry Beatrice Becky Ben Benjamin Bernard Bernie Beth
Betty Beverly Bill Billy Blake Bob Bobby Bonnie Boris Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Brittany Brooke
Bruce Bryan Caitlin Calvin Cameron Camilla Carl Carla Carol Caroline Carolyn Carrie Casey Catherine Cathy Cecilia Charles
Charlie Charlotte Chelsea Cheryl Chloe Chris Christian Christina Christine Christopher Chuck Cindy Claire Clara Clarence
Claudia Clifford Colin Connie Connor Craig Cynthia Dale Dan Dana Daniel Danielle Danny Darren Dave David Dawn Dean Debbie
Deborah Dennis Derek Diana Diane Dick Dolores Dominic Don Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Earl Ed Eddie
Edgar Edith Edward Edwin Eileen Elaine Eleanor Elena Eli Elijah Elizabeth Ella Ellen Elliot Eloise Emily Emma Eric Erica Erin
Ernest Esther Ethan Eugene Eva Evan Evelyn Frances Francis Frank Frankie Fred Freddie Frederick Gabriel Gabrielle Gail Gary
Gavin Gemma Gene Geoffrey George Georgia Gerald Gillian Gina Glen Glenn Gloria Gordon Grace Graham Grant Greg Gregory Hailey
Hannah Harold Harriet Harry Harvey Hazel Heather Helen Henry Herbert Hilary Hillary Holly Howard Hugh Hugo Ian Irene Isaac
Isabel Isabella Isabelle Jack Jackie Jacob Jacqueline Jake James Jamie Jane Janet Janice Jared Jason Jay Jean Jeff Jeffrey
Jennifer Jenny Jeremy Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Jodie Joe Joel John Johnny Jon Jonathan Jordan
Joseph Josh Joshua Joy Joyce Judith Judy Julia Julian Julie Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Keith
Kelly Ken Kenneth Kerry Kevin Kim Kimberly Kirsty Kyle Larry Laura Lauren Lawrence Leah Lee Leo Leon Leonard Leslie Lewis Liam
Lily Linda Lindsay Lindsey Lisa Lloyd Logan Lois Lorraine Louis Louise Lucas Lucy Luke Lydia Lynn Madeleine Madison Maggie
Malcolm Mandy Margaret Marguerite Marie Marilyn Marion Mark Marsha Martha Martin Marvin Mary Matt Matthew Maureen Max Megan
Melanie Melissa Melvin Michael Michelle Mike Mildred Mitch Mitchell Molly Monica Morgan Nancy Naomi Natalie Nathan Nathaniel
Neil Nicholas Nick Nicky Nicola Nicole Nigel Noah Norma Norman Oliver Olivia Oscar Owen Paddy Pamela Patricia Patrick Patsy
Paul Paula Pauline Peggy Penelope Penny Pete Peter Phil Philip Phillip Phoebe Phyllis Priscilla Rachel Ralph Randy Ray Raymond
Rebecca Reginald Rhys Richard Rick Rishi Rob Robert Robin Rodney Roger Ron Ronald Ronnie Rose Rosemary Ross Roy Ruby Russell
Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Shane Shannon Sharon Shaun Sheila Shirley Sidney Simon Sophia
Sophie Stacey Stanley Stella Stephanie Stephen Steve Steven Stuart Sue Susan Suzanne Sylvia Tammy Tanya Ted Teresa Terence
Terry Theodore Theresa Thomas Tim Timothy Tina Toby Todd Tom Tommy Tony Tracey Tracy Travis Trevor Troy Tyler Valerie Vanessa
Vera Veronica Vicky Victor Victoria Vincent Virginia Wade Walter Wanda Warren Wayne Wendy Wesley Whitney William Willie Yvonne
Zachary Zoe Kamala Barack Hunter Marco Nikki Mitt Rand Elon Ivanka Melania Kristen Alexandria Cory Raphael Gretchen Jerome
Antony Keir Liz Yvette Olaf Friedrich Markus Ursula Emmanuel Giorgia Mario Sergio Matteo Pedro Viktor Kaja Frank-Walter
Wolfgang Horst Armin Lars Karl Heinz Jürgen Dieter Günter Günther Helmut Gerhard Hans Uwe Manfred Werner Rolf Rudolf Sven Jens
Jörg Stefan Tobias Florian Sebastian Maximilian Felix Lukas Jonas Finn Niklas Moritz Philipp Jan Kai Till Dirk Holger Ralf
Bernd Thorsten Torsten Ulrich Volker Reinhard Hartmut Joachim Norbert Gerd Heiko Marcel Benedikt Katrin Sabine Petra Monika
Renate Gisela Ingrid Brigitte Helga Karin Heike Birgit Susanne Anja Kerstin Silke Anke Simone Manuela Jutta Elke Franziska
Johanna Lena Leonie Lea Mia Emilia Greta Frieda Luise Marlene Annegret Nadja Dorothee Christiane Cem Saskia Bärbel Hildegard
Gudrun Angelika Giuseppe Giovanni Antonio Francesco Luigi Paolo Roberto Stefano Alessandro Luca Lorenzo Gianluca Giancarlo
Giorgio Enrico Fabio Massimo Maurizio Claudio Carlo Franco Renato Silvio Romano Enzo Pier Piero Pietro Vittorio Salvatore
Vincenzo Domenico Raffaele Gennaro Guido Umberto Ettore Federico Riccardo Davide Emanuele Tommaso Giulio Gianni Dario Elio
Mattia Daniele Michele Leonardo Filippo Edoardo Giacomo Maria Giulia Francesca Chiara Martina Valentina Alessia Federica Elisa
Silvia Paola Roberta Cristina Daniela Lucia Rosa Giovanna Marta Ilaria Marina Luisa Sofia Aurora Matilde Ginevra Nadia Mara
Letizia Stefania José João António Manuel Francisco Joaquim Luís Luiz Carlos Paulo Jorge Miguel Rui Nuno Tiago Diogo Gonçalo
Duarte Bruno Ricardo Fernando Rafael Rodrigo Eduardo Sérgio Marcelo Marcos Fábio Gustavo Mateus Thiago Felipe Vinícius
Guilherme Henrique Otávio Caio Renan Ciro Geraldo Flávio Jair Dilma Inácio Michel Benedita Rosângela Ana Beatriz Mariana
Juliana Fernanda Camila Larissa Letícia Bruna Aline Patrícia Cláudia Luana Isabela Raquel Carolina Renata Débora Priscila
Natália Gabriela Rita Joana Inês Catarina Filipa Leonor Sónia Helena Graça Fátima Conceição Alexandre Augusto Antônio André
Raimundo Sebastião Benedito Heitor Davi Bernardo Juan Javier Alejandro Diego Pablo Jesús Luis Ángel Raúl Enrique Andrés Ramón
Emilio Ignacio Gonzalo Santiago Sebastián Nicolás Mateo Iñigo Xavier Esteban Óscar Rubén Álvaro Jaime Joaquín Mauricio Carmen
Pilar Rocío Lucía Sofía Ximena Mercedes Inmaculada Yolanda Begoña Ainhoa Nerea Montserrat Núria Pierre Philippe Alain Jacques
François Christophe Nicolas Laurent Olivier Éric Frédéric Stéphane Sébastien Julien Thierry Didier Gérard Dominique Pascal
Yves Édouard Benoît Rémi Hervé Gilles Marine Valérie Nathalie Sylvie Martine Élisabeth Aurélie Camille Chloé Manon Léa
Juliette Amélie Élise Agnès Clément Lionel Arnaud Mathieu Raphaël Sergey Sergei Serhii Serhiy Vladimir Volodymyr Aleksandr
Oleksandr Oleksandra Aleksei Alexei Alexey Oleksii Oleksiy Dmitry Dmitri Dmytro Andrei Andrey Andriy Andrii Mikhail Mykhailo
Mykhaylo Nikolai Nikolay Mykola Ivan Ivanna Pavel Pavlo Yuri Yuriy Yurii Yury Igor Ihor Oleg Oleh Vitaly Vitalii Vitaliy
Valery Valeriy Valerii Anatoly Anatolii Anatoliy Gennady Hennadiy Hennadii Yevgeny Yevgeniy Evgeny Yevhen Yevheniy Konstantin
Kostiantyn Kostyantyn Maxim Maksim Maksym Roman Ruslan Rustam Rustem Rinat Timur Denis Denys Artem Artyom Anton Arseniy
Arsenii Arsen Bohdan Bogdan Borys Vasily Vasyl Vasili Grigory Hryhoriy Hryhorii Petro Pyotr Stepan Taras Yaroslav Yaroslava
Vyacheslav Viacheslav Volodymyra Valentin Valentyn Vadim Vadym Leonid Kirill Kyrylo Danylo Daniil Fyodor Fedir Gleb Ilya Illia
Illya Yegor Yehor Yakiv Yakov Matvei Mykyta Nikita Stanislav Svyatoslav Sviatoslav Rostislav Rostyslav Vsevolod Zakhar Semyon
Semen Lev Emil Eduard Marat Sergiy Ostap Orest Markiyan Nazar Yulia Yuliia Yuliya Olena Olga Olha Oksana Natalia Nataliya
Natalya Tetiana Tetyana Tatiana Tatyana Iryna Irina Svitlana Svetlana Lyudmila Liudmyla Ludmila Halyna Galina Larysa Larisa
Valentyna Nadiya Nadezhda Kateryna Ekaterina Yekaterina Katerina Viktoria Viktoriia Anastasia Anastasiia Daria Darya Dariia
Mariia Mariya Maryna Alena Alyona Khrystyna Kristina Inna Zoya Lyubov Liubov Ksenia Kseniia Polina Sofiia Alina Yana Ulyana
Uliana Veronika Ganna Hanna Myroslava Ruslana Zinaida Raisa Tamara Valeriya Elvira Aliona Solomiia Lesia Lesya Mila Ilona
Yelena Evgenia Yevgenia Marianna Jarosław Andrzej Krzysztof Tomasz Piotr Paweł Michał Marcin Mateusz Łukasz Jakub Grzegorz
Wojciech Rafał Radosław Szymon Zbigniew Lech Aleksander Bronisław Władysław Kazimierz Stanisław Janusz Ryszard Agnieszka
Małgorzata Katarzyna Magdalena Ewa Beata Dorota Aleksandra Zuzana Milos Miloš Petr Jiří Jaroslav Václav Tomáš Andrej Jozef Ján
Zoran Aleksandar Milorad Vojislav Slobodan Dragan Goran Nebojsa Vuk Ivica Tomislav Ilir Nikos Kyriakos Giorgos Yiannis
Dimitris Konstantinos Andreas Christos Costas Panagiotis Dora Gheorghe Ion Nicolae Recep Ahmet Mehmet Mustafa Ali Hakan Kemal
Fatih Murat Selim Emre Burak Ömer Hasan Hüseyin İbrahim İsmail Yusuf Osman Abdullah Süleyman Bülent Levent Serkan Onur Oğuz
Volkan Kaan Tolga Ayşe Fatma Emine Zeynep Elif Meral Merve Büşra Hülya Gül Tansu Sibel Özlem Nilüfer Aylin Pınar Derya Esra
Rüstem Cevdet Mohammed Mohammad Muhammad Mohamed Mohamad Ahmed Ahmad Mahmoud Mahmud Hassan Hussein Husein Omar Umar Khalid
Khaled Abdallah Abdul Abdel Abdulaziz Abdelaziz Abdelfattah Abdel-Fattah Youssef Yousef Ibrahim Ismail Ismael Hamza Tariq
Tarek Karim Kareem Samir Sameer Nabil Walid Waleed Fadi Rami Ramzi Ziad Ziyad Bassam Bashar Hafez Hafiz Rafik Rafiq Saad Saeed
Salim Salem Sami Sultan Faisal Fahad Fahd Nasser Naser Jamal Gamal Kamal Anwar Mansour Marwan Mahdi Mehdi Hani Hisham Imad
Emad Issa Jihad Jawad Nawaf Nizar Osama Usama Qassem Qasim Rashid Rashed Riad Riyad Salah Saleh Tamim Talal Yahya Yasser Yasir
Yazid Zaid Zayed Zein Zain Mohsen Hamad Hamid Hamdan Hamed Hakim Habib Hadi Haitham Haider Hashem Ghassan Fouad Fuad Fawaz
Ehud Aziz Amir Ameer Amr Ayman Ayoub Adel Adil Abbas Akram Alaa Ashraf Atef Badr Bilal Daoud Dawood Ebrahim Jafar Jaafar
Jibril Kassem Latif Majid Majed Maher Mazen Musa Mounir Munir Nadim Naim Naji Najib Nouri Nuri Qais Raed Sabri Sadiq Sadek
Sayed Sayyid Shadi Sharif Sherif Suleiman Sulaiman Tawfiq Wael Yasin Yassin Zakaria Fatima Fatemeh Aisha Aicha Ayesha Khadija
Mariam Maryam Miriam Zainab Zeinab Layla Leila Laila Noor Nour Rania Rana Dina Hanan Huda Hala Samira Amira Yasmin Yasmine
Jamila Nadine Lina Lama Reem Rim Salma Sana Heba Hiba Iman Eman Asma Amal Mona Dalia Ghada Manal Nawal Nisreen Rasha Sawsan
Suha Widad Wafa Hind Abeer Alia Aya Basma Dua Farah Hadeel Lubna Malak Noura Shireen Sherine Tala Yara Zahra Zeina Zahraa Ruba
Roula Raghad Nada Mai Reza Javad Hossein Mojtaba Masoud Akbar Morteza Qasem Sadegh Kazem Mostafa Arash Babak Behrouz Bijan
Cyrus Dariush Darius Farhad Farid Firouz Hooman Kamran Kaveh Keyvan Kian Mehran Milad Nader Omid Payam Pejman Peyman Pouya
Ramin Saman Shahram Shahin Siamak Sina Vahid Parisa Shirin Narges Nasrin Niloufar Roya Sahar Shiva Soraya Taraneh Azadeh Ladan
Mahsa Minoo Nazanin Neda Parvin Simin Fariba Farnaz Mahnaz Ziba Marjan Mina Donya Dorsa Elham Fereshteh Golnar Haleh Homa
Jaleh Raj Rahul Rajesh Ramesh Suresh Mahesh Ganesh Dinesh Sunil Anil Vijay Ajay Sanjay Amit Sumit Rohit Mohit Vikram Arjun
Arvind Ashok Deepak Manoj Narendra Lal Krishna Gopal Hari Shankar Nirmala Sonia Priyanka Priya Pooja Neha Anjali Sunita Kavita
Rekha Meena Lakshmi Sita Radha Deepika Aishwarya Kiran Asha Usha Shanti Divya Shreya Ananya Aditya Akash Ankit Varun Karan
Kunal Nikhil Nitin Pradeep Prakash Rakesh Ravi Sandeep Sanjeev Santosh Shashi Shiv Subhash Sudhir Tarun Vinod Yogesh Imran
Asif Shahid Junaid Fawad Usman Waqar Joko Abdurrahman Budi Agus Andi Arief Bayu Dedi Dewi Dian Eko Fajar Hendra Indra Irfan
Made Nyoman Putu Ketut Rizky Rizal Sri Siti Wahyu Yudi Yanti Wati Ratna Rina Rini Sari Lestari Puspita Retno Kartika Ayu Fitri
Nur Nurul Putri Intan Indah Erick Zulkifli Andika Ferdinand Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Qiang Yi Wen Hu
Jiang Shigeru Taro Yoko Kenji Hiroshi Takeshi Akira Koji Kazuo Yuki Yuko Keiko Akiko Hiroko Yoon Park Ban Cyril Nelson Desmond
Julius Abiy Ousmane Fattah Kwame Amina Aminata Fatou Chiamaka Adaeze Ifeoma Oluwaseun Tunde Emeka Chukwuemeka Obinna Kelechi
Abubakar Aliyu Bello Binyamin Bibi Yair Naftali Yoav Gideon Benny Yitzhak Shimon Ariel Menachem Golda Moshe Eliezer Avraham
Yosef Yonatan Yehuda Yaakov Amos Ofer Uri Tzipi Ayelet Miri Orit Merav Yael Noa Tamar Shira Michal Efrat Einat Galit Hila
Keren Limor Liat Maya Osnat Ronit Sigal Talia Tali Yehudit Benedict Karol Angelo Vitali Wladimir Wolodymyr Sergej Dmitrij Juri
Jurij Jewgeni Alexej Alexandr Michail Nikolaj Waleri Walerij Wiktor Witali Wassili Wjatscheslaw Olexander Olexij Jaroslaw
Володимир Владимир Сергій Сергей Олександр Александр Олексій Алексей Дмитро Дмитрий Андрій Андрей Михайло Михаил Микола
Николай Іван Иван Павло Павел Юрій Юрий Ігор Игорь Олег Віктор Виктор Віталій Виталий Валерій Валерий Анатолій Анатолий
Геннадій Геннадий Євген Евгений Костянтин Константин Максим Роман Руслан Рустем Рустам Денис Артем Артём Антон Арсеній Богдан
Борис Василь Василий Григорій Григорий Петро Петр Пётр Степан Тарас Ярослав В'ячеслав Вячеслав Вадим Леонід Леонид Кирило
Кирилл Данило Федір Фёдор Федор Ілля Илья Єгор Егор Яків Микита Никита Станіслав Святослав Ростислав Всеволод Захар Лев Марат
Рамзан Юлія Юлия Олена Елена Ольга Оксана Наталія Наталья Тетяна Татьяна Ірина Ирина Світлана Светлана Людмила Галина Лариса
Валентина Надія Надежда Катерина Екатерина Вікторія Виктория Анастасія Анастасия Дарія Дарья Марія Мария Марина Альона Алена
Христина Кристина Інна Инна Зоя Віра Вера Любов Любовь Ксенія Ксения Поліна Полина Софія София Аліна Алина Діана Диана Яна
Уляна Вероніка Вероника Ганна Анна Мирослава Руслана Олександра Зінаїда Тамара Дональд Джо Емманюель Еммануель Фрідріх Урсула
Марко Ангела Олаф Джон Стів Стівен Майкл Джеймс Роберт Вільям Річард Томас Чарльз Марк Пол Ентоні Ендрю
`;

/** Keys of every listed name (and of each part of a hyphenated one: Jean-Claude → jean, claude). */
const givenNameKeys = new Set<string>();
for (const name of GIVEN_NAMES.split(/\s+/)) {
  if (!name) continue;
  givenNameKeys.add(nameKey(name));
  // Ukrainian and Russian names decline: "Володимира" is still Volodymyr.
  if (/[\u0400-\u04ff]/.test(name)) givenNameKeys.add(`~${slavicStem(name)}`);
  if (name.includes('-')) for (const part of name.split('-')) givenNameKeys.add(nameKey(part));
}

/** True when `word` is a common given name in some romanisation ("Sergei", "Serhii", "Wolodymyr", "Фрідріх"). */
export function isGivenName(word: string): boolean {
  const key = nameKey(word);
  return key.length > 1 && (givenNameKeys.has(key) || (/[\u0400-\u04ff]/.test(word) && givenNameKeys.has(`~${slavicStem(word)}`)));
}
