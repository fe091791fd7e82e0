// Sample articles for the pdf tests. The seed text is samples/harbin-expo.yaml verbatim;
// the others were written for these tests.
#include "sample_articles.hpp"

#include "article_builder.hpp"

#include <fstream>
#include <sstream>

namespace galley::test {

namespace {
std::shared_ptr<const std::string> slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return std::make_shared<const std::string>(s.str());
}
}  // namespace

Article seed_article() {
    return ArticleBuilder("harbin-promotion-yekaterinburg-2023")
        .section("Foreign Exchanges")
        .headline("Harbin business promotion and economic cooperation event held in Russia")
        .subheadline("More than 150 representatives from Russia and Belarus attended")
        .byline("By ( e.my399.com )")
        .source("e.my399.com")
        .dateline("Yekaterinburg, Russia", date(2023, 7, 10))
        .updated(date(2023, 7, 11))
        .keywords({"Harbin", "China-Russia Expo", "Yekaterinburg", "investment promotion",
                   "Belt and Road"})
        .paragraph("During the 7th China-Russia Expo, a Harbin business promotion and economic "
                   "cooperation event was held in Yekaterinburg, Russia on July 10.")
        .paragraph("The event featured a promotional video showcasing the city of Harbin. More "
                   "than 150 representatives from the Russian and Belarusian local governments, "
                   "chambers of commerce, enterprises, and some Chinese representatives attended.")
        .paragraph("A signing ceremony for cooperation projects was held after the event, and "
                   "participating enterprises had face-to-face discussions.")
        .paragraph("Zhang Qixiang, on behalf of the Harbin municipal government and the people of "
                   "Harbin, expressed his gratitude to friends from all walks of life who have "
                   "long supported friendly cooperation. He stated that as a central city for "
                   "China-Russia cooperation, Harbin has unique comparative advantages and basic "
                   "conditions for conducting cooperation with Russia.")
        .paragraph("He hoped the attendees would gain a comprehensive understanding of Harbin's "
                   "open geographical advantages, unique cultural characteristics, exquisite "
                   "music and art, and urban scenery at this event.")
        .paragraph("He also hoped they would get to experience and enjoy the remarkable "
                   "achievements of Harbin’s high-quality development in recent years, "
                   "and share the development opportunities of Harbin's opening-up, investment "
                   "attraction, and project cooperation.")
        .paragraph("Gorodetsky, deputy chairman of the Brest Regional Executive Committee of "
                   "Belarus, expressed his gratitude during his speech for being invited to the "
                   "event.")
        .paragraph("He said the Brest Region is located in the western part of Belarus and is "
                   "strategically positioned along the Belt and Road route. The region offers "
                   "numerous investment opportunities.")
        .paragraph("He expressed his hope to further strengthen communication and exchanges "
                   "between Harbin and Brest, while also promoting mutual development, and "
                   "achieving more fruitful results.")
        .paragraph("Alexandrine, the deputy minister of International and Foreign Economic "
                   "Relations of Smolensk Oblast in Russia, addressed the audience, stating that "
                   "Harbin is one of the most important partners of his oblast. The two sides "
                   "have a long history of cooperation, he said.")
        .paragraph("He sincerely invited Chinese enterprises, especially logistics companies, to "
                   "develop in the oblast. The oblast will assist them in finding the best local "
                   "partners and promote mutual development in different fields, he promised.")
        .build();
}

Article russian_article() {
    return ArticleBuilder("ekaterinburg-ice-town-2024", "ru")
        .section("Город")
        .headline("В Екатеринбурге открылся ледовый городок с ёлкой высотой 25 метров")
        .subheadline("Объём снега и льда для фигур вырос почти вдвое по сравнению с прошлым годом")
        .author("Артём Соколов")
        .author("Алёна Фёдорова")
        .source("Уральский вестник")
        .dateline("Екатеринбург", date(2023, 12, 22))
        .published(date_time(2023, 12, 22, 18, 30, 300))
        .keywords({"Екатеринбург", "ледовый городок", "Новый год"})
        .paragraph("В пятницу вечером на Площади 1905 года открылся главный ледовый городок "
                   "Екатеринбурга. Его центром стала ёлка высотой 25 метров, украшенная более чем "
                   "тремя тысячами шаров и гирлянд. Строители работали круглосуточно, чтобы "
                   "успеть к открытию, несмотря на оттепель в середине декабря.")
        .paragraph("В этом году на площади установили сорок ледяных скульптур, три горки и "
                   "лабиринт. Объём использованного льда составил почти две тысячи кубометров "
                   "— это почти вдвое больше, чем год назад. Ещё одна новинка "
                   "— каток, на котором всё время звучит живая музыка.")
        .heading("Ёлка, горки и подсветка")
        .paragraph("Главный художник проекта Фёдор Пётрович Ёлкин рассказал, что тема городка "
                   "— уральские сказы Павла Бажова. Среди фигур есть Хозяйка Медной "
                   "горы, Серебряное копытце и Огнёвушка-Поскакушка. Вечером скульптуры "
                   "подсвечиваются изнутри, и лёд переливается зелёным и синим.")
        .quote("Мы хотели, чтобы каждый, кто пришёл на площадь, почувствовал себя героем сказки.",
               "Фёдор Ёлкин, главный художник")
        .paragraph("По словам организаторов, безопасность на горках обеспечивают двенадцать "
                   "инструкторов. Спуск с самой высокой из них, семиметровой, разрешён только "
                   "детям старше семи лет. Вход на территорию бесплатный, городок будет работать "
                   "ежедневно с десяти утра до полуночи.")
        .paragraph("Городские власти ожидают, что за зимний сезон ледовый городок посетят более "
                   "полумиллиона человек. Закрыть его планируют в конце января, если погода "
                   "позволит сохранить фигуры. Ещё раньше, в середине января, пройдёт конкурс "
                   "ледовых скульптур среди студентов архитектурной академии.")
        .build();
}

Article chinese_article() {
    return ArticleBuilder("harbin-ice-snow-world-2024", "zh-Hans")
        .section("城市")
        .headline("哈尔滨冰雪大世界开园 首日接待游客逾四万人次")
        .subheadline("园区占地面积达81万平方米，冰雪景观规模创历史新高")
        .byline("本报记者 李明 王静")
        .source("哈尔滨日报")
        .dateline("哈尔滨", date(2023, 12, 18))
        .updated(date(2023, 12, 19))
        .keywords({"哈尔滨", "冰雪大世界", "旅游"})
        .paragraph("12月18日，第二十五届哈尔滨冰雪大世界正式开园。园区占地面积达81万平方米，"
                   "共使用冰雪25万立方米，建成各类冰雪景观千余处，规模创历史新高。开园首日，"
                   "园区共接待国内外游客四万余人次，多个热门项目排起长队。")
        .paragraph("今年的冰雪大世界以“龙腾冰雪 逐梦亚冬”为主题，设置了冰雪秀场、冰雪游乐、"
                   "冰雪体育等多个功能区。其中，高达43米的主塔由冰块堆砌而成，夜晚在彩色灯光的"
                   "映衬下格外壮观。园区还新增了长度超过500米的超级冰滑梯，成为游客争相体验的"
                   "项目。")
        .heading("冰雪经济持续升温")
        .paragraph("据哈尔滨市文化广电和旅游局介绍，今年冬季，全市共推出冰雪旅游产品百余项，"
                   "涵盖冰雪观光、冰雪运动、冰雪文化等多个领域。随着冬季旅游旺季的到来，哈尔滨"
                   "各大酒店预订量明显上升，部分酒店在元旦期间的预订率已超过九成。")
        .quote("我们希望让每一位游客都能感受到冰城的热情与魅力。", "冰雪大世界运营负责人")
        .paragraph("来自广州的游客张女士说：“这是我第一次看到这么壮观的冰雪景观，孩子们玩得特别"
                   "开心。”她表示，虽然室外温度低至零下二十多度，但园区内的暖房和热饮让游客感到"
                   "十分贴心。")
        .paragraph("业内人士认为，冰雪旅游已成为拉动哈尔滨冬季消费的重要引擎。未来，哈尔滨将"
                   "继续推动冰雪文化、冰雪旅游与冰雪体育融合发展，打造具有国际影响力的冰雪旅游"
                   "目的地。第九届亚洲冬季运动会也将于2025年在哈尔滨举行。")
        .build();
}

Article feature_article(const std::filesystem::path& data) {
    return ArticleBuilder("songhua-river-trade-feature-2023")
        .section("Business Feature")
        .headline("On the Songhua, a river port learns to trade in two directions")
        .subheadline("Cross-border freight through Harbin has more than doubled in five years. "
                     "Logistics firms, farmers and customs brokers explain what changed.")
        .author("Elena Marchetti")
        .author("Wei Zhang")
        .source("Galley Wire Service")
        .dateline("Harbin, China", date(2023, 9, 14))
        .published(date_time(2023, 9, 14, 8, 0, 480))
        .updated(date_time(2023, 9, 15, 10, 30, 480))
        .keywords({"Harbin", "logistics", "Songhua River", "trade", "Russia"})
        .copyright("Galley Wire Service", 2023, "All rights reserved")
        .correction(date(2023, 9, 15),
                    "An earlier version of this article misstated the length of the rail spur "
                    "at the Harbin river terminal. It is 4.2 kilometres, not 2.4 kilometres.")
        .paragraph("At six in the morning the cranes on the north bank of the Songhua River are "
                   "already moving. Containers stamped with the names of shipping lines from "
                   "Vladivostok, Novosibirsk and Almaty swing over the quay, and the first trucks "
                   "of the day queue at a customs gate that did not exist five years ago.")
        .paragraph("Harbin has always been a trading city. Founded as a junction of the Chinese "
                   "Eastern Railway at the end of the nineteenth century, it grew rich on grain, "
                   "timber and furs moving between the Russian Far East and the ports of the "
                   "Yellow Sea. What is new is the *direction* of the traffic. For decades the "
                   "trucks left full and came back empty; today the terminal handles almost as "
                   "much inbound as outbound freight.")
        .heading("A terminal rebuilt for two-way traffic")
        .paragraph("The river terminal was rebuilt between 2019 and 2022 at a cost of 1.8 "
                   "billion yuan. Its operators added a bonded warehouse, cold storage for meat "
                   "and dairy products, and a rail spur that lets containers move from barge to "
                   "train without touching the road. The details are published on the "
                   "[port authority's website](https://example.org/harbin-port), including "
                   "tariffs in roubles and yuan.")
        .image("photo.jpg", slurp(data / "photo.jpg"), 720, 450,
               "The Harbin skyline at dusk, seen across the Songhua River",
               "Evening over the Songhua: the new warehouses of the river terminal stand on the "
               "north bank, opposite the old town.",
               "Galley Wire Service")
        .paragraph("“We used to plan for empty return trips,” said Li Na, "
                   "who runs a fleet of forty refrigerated trucks from a yard near the terminal. "
                   "“Now the question is whether we have enough trailers for what "
                   "comes back. Sunflower oil, flour, frozen fish, confectionery — "
                   "the mix changes every season.”")
        .quote("For the first time, the trucks come back as full as they leave.",
               "Li Na, logistics operator")
        .paragraph("Customs brokers describe a quieter revolution in paperwork. Declarations that "
                   "once took three days are now filed electronically, and the terminal's "
                   "inspection lanes clear a refrigerated container in under two hours on a "
                   "good day. Brokers still keep paper copies, they say, because the systems on "
                   "either side of the border do not always agree.")
        .heading("What moves, and why")
        .paragraph("Figures from the municipal commerce bureau show the change clearly. Trade "
                   "through Harbin’s river and rail terminals rose from 110.8 billion "
                   "yuan in 2019 to 240.1 billion yuan in 2023. Three groups of goods account "
                   "for most of the growth:")
        .list({"**Food and agriculture**: soybeans, sunflower oil, flour and frozen fish from "
               "Russia; fruit and vegetables going north.",
               "**Machinery and vehicles**: trucks, excavators and spare parts, mostly "
               "outbound.",
               "**Timber and paper**: sawn wood and pulp, carried by barge in summer and by rail "
               "when the river freezes."})
        .image("chart.png", slurp(data / "chart.png"), 600, 340,
               "Bar chart of trade through Harbin from 2019 to 2023",
               "Trade through Harbin’s terminals, billion yuan, 2019–2023. "
               "The 2023 figure is a preliminary estimate.",
               "Source: Harbin Municipal Commerce Bureau")
        .paragraph("The winter is still the hardest test. From December to March the Songhua is "
                   "frozen solid, and barges give way to trains and trucks. Operators have "
                   "learned to use the season: the ice road that opens across the river each "
                   "January carries light freight for six weeks, and the terminal times its "
                   "maintenance for the months when no barge can reach it.")
        .quote("A river port that works only half the year has to be twice as clever in the "
               "other half. We schedule everything around the ice: the repairs, the training, "
               "even the contracts we sign. When the river opens in April we want every crane "
               "ready and every berth booked, because the summer is short and the customers "
               "on both sides of the border have long memories of the years when we could not "
               "deliver on time.",
               "Sergei Volkov, terminal operations director")
        .rule()
        .heading("Three questions for the season ahead")
        .list({"Will the new bonded warehouse attract e-commerce parcels, as planned?",
               "Can the rail spur cope with winter peaks without new locomotives?",
               "Will tariffs in roubles remain attractive if exchange rates swing again?"},
              true)
        .paragraph("Few on the quay expect easy answers. But as the last barge of the morning "
                   "pulls away, loaded with containers of flour bound for a bakery chain in "
                   "Khabarovsk, the dispatcher in the control tower allows himself a small "
                   "smile. “Five years ago,” he says, “that "
                   "boat would have gone home empty.”")
        .paragraph("Readers can follow the port's weekly freight figures in the `weekly-freight` "
                   "data set, or write to the newsroom at "
                   "[desk@example.org](mailto:desk@example.org).")
        .build();
}

std::vector<NamedArticle> sample_articles(const std::filesystem::path& data) {
    return {{"harbin-expo", seed_article()},
            {"russian", russian_article()},
            {"chinese", chinese_article()},
            {"feature", feature_article(data)}};
}

}  // namespace galley::test
