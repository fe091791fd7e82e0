// Navigation and metadata: outline, URI links, document information from the article
// (never the clock), /Lang, /ID, and rendering on several threads at once.
#include "pdf_articles.hpp"
#include "pdf_check.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <thread>

using namespace galley;
using namespace galley::test;

namespace {
std::string qdf(const PdfFile& pdf) {
    TempDir dir;
    auto r = run({"qpdf", "--qdf", "--object-streams=disable", pdf.path().string(),
                  (dir / "q.pdf").string()});
    REQUIRE(r.exit_code == 0);
    return read_file(dir / "q.pdf");
}
}  // namespace

TEST_CASE("the outline holds the headline and each heading", "[pdf][navigation]") {
    PdfFile pdf(render_pdf(load_sample("newsroom-archives-feature")));
    auto json = pdf.tool({"qpdf", "--json", "--json-key=outlines"});
    REQUIRE(json.exit_code == 0);
    std::vector<std::string> titles;
    const std::regex title(R"re("title": "([^"]*)")re");
    for (auto it = std::sregex_iterator(json.out.begin(), json.out.end(), title);
         it != std::sregex_iterator(); ++it) {
        titles.push_back((*it)[1]);
    }
    // qpdf prints an entry's keys in order, "kids" before "title": the headings come
    // first because they are the headline entry's children, and the one level-3 heading
    // before the level-2 heading it belongs to.
    CHECK(titles == std::vector<std::string>{"How it started", "What the machines could not read",
                                             "A policy for old pages", "The questions nobody asked",
                                             "Corrections, a century late",
                                             "The desk that everyone uses", "What comes next",
                                             "The paper that remembers everything"});
    CHECK(json.out.find("\"outlines\": [\n    {") != std::string::npos);
    // Headings point at the pages they are on.
    CHECK(json.out.find("\"destpageposfrom1\": 2") != std::string::npos);
}

TEST_CASE("links become URI annotations", "[pdf][navigation]") {
    PdfFile pdf(render_pdf(load_sample("newsroom-archives-feature")));
    auto urls = pdf.tool({"pdfinfo", "-url"});
    CHECK(urls.err.empty());
    CHECK(urls.out.find("https://archives-council.example/open-data") != std::string::npos);
    CHECK(urls.out.find("https://archive.northern-courier.example/") != std::string::npos);
    CHECK(urls.out.find("mailto:archive@northern-courier.example") != std::string::npos);
}

TEST_CASE("link targets are written as ASCII URIs", "[pdf][navigation]") {
    const Article a = ArticleBuilder("iri")
                          .headline("Links")
                          .created(date(2024, 1, 1))
                          .paragraph("See [the Ёлка page](https://example.org/ёлка?q=a b) today.")
                          .build();
    auto urls = PdfFile(render_pdf(a)).tool({"pdfinfo", "-url"});
    INFO(urls.out << urls.err);
    CHECK(urls.out.find("https://example.org/%D1%91%D0%BB%D0%BA%D0%B0?q=a%20b") !=
          std::string::npos);
}

TEST_CASE("document information comes from the article", "[pdf][metadata]") {
    PdfFile pdf(render_pdf(load_sample("newsroom-archives-feature")));
    auto info = pdf.info({"-isodates"});
    CHECK(info["Title"] == "The paper that remembers everything");
    CHECK(info["Author"] == "Marta Lindqvist, Owen Achterberg");
    CHECK(info["Keywords"] == "newspaper archive, digitisation, OCR, local journalism, privacy");
    // The summary, else the subheadline (the seed has no summary).
    CHECK(info["Subject"].rfind("How a regional newsroom digitised 1.3 million pages", 0) == 0);
    CHECK(PdfFile(render_pdf(load_sample("harbin-expo"))).info()["Subject"] ==
          "More than 150 representatives from Russia and Belarus attended");
    CHECK(info["CreationDate"] == "2024-03-11T09:20:00+01");  // created
    CHECK(info["ModDate"] == "2024-03-18T10:45:00+01");       // updated
    // With neither created nor updated, published stands in for both.
    auto published_only = PdfFile(render_pdf(load_sample("moscow-metro-ru"))).info({"-isodates"});
    CHECK(published_only["CreationDate"] == "2024-12-27T14:05:00+03");
    CHECK(published_only["ModDate"] == "2024-12-27T14:05:00+03");
    CHECK(info["Creator"].rfind("galley ", 0) == 0);

    // Cyrillic and Chinese titles survive (UTF-16 text strings).
    const Article chinese = load_sample("harbin-ice-festival-zh");
    CHECK(PdfFile(render_pdf(load_sample("moscow-metro-ru"))).info()["Title"] ==
          "Московское метро будет работать всю новогоднюю ночь");
    CHECK(PdfFile(render_pdf(chinese)).info()["Title"] == "第二十六届哈尔滨冰雪大世界开园迎客");

    const std::string objects = qdf(pdf);
    CHECK(objects.find("/Lang (en-GB)") != std::string::npos);
    CHECK(qdf(PdfFile(render_pdf(chinese))).find("/Lang (zh-Hans)") != std::string::npos);
    CHECK(
        std::regex_search(objects, std::regex(R"(/ID \[\s*<[0-9a-f]{32}>\s*<[0-9a-f]{32}>\s*\])")));
}

TEST_CASE("dates never come from the clock", "[pdf][metadata]") {
    Article a = ArticleBuilder("undated").headline("No dates").paragraph("Text.").build();
    // Without dates or SOURCE_DATE_EPOCH: no dates at all.
    auto info = PdfFile(render_pdf(a)).info({"-isodates"});
    CHECK(info.count("CreationDate") == 0);
    CHECK(info.count("ModDate") == 0);
    // SOURCE_DATE_EPOCH stands in (the host passes it in ExportOptions).
    const auto& pdf_registry_render = [&](std::int64_t epoch) {
        return render_pdf_with_epoch(a, epoch);
    };
    auto with_epoch = PdfFile(pdf_registry_render(1700000000)).info({"-isodates"});
    CHECK(with_epoch["CreationDate"] == "2023-11-14T22:13:20Z");
    CHECK(pdf_registry_render(1700000000) == pdf_registry_render(1700000000));
}

TEST_CASE("renders on several threads at once give the same bytes", "[pdf][threads]") {
    const auto samples = pdf_samples();
    std::vector<std::string> expected;
    for (const auto& s : samples) {
        expected.push_back(render_pdf(s.article));
    }
    std::vector<std::string> got(samples.size() * 4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t) {
        threads.emplace_back([&, t] { got[t] = render_pdf(samples[t % samples.size()].article); });
    }
    for (auto& th : threads) {
        th.join();
    }
    for (std::size_t t = 0; t < got.size(); ++t) {
        CHECK(got[t] == expected[t % samples.size()]);
    }
}

TEST_CASE("an embargo and a kill are printed above the headline", "[pdf][metadata]") {
    Article a = load_sample("harbin-expo");
    a.embargo = date_time(2023, 7, 10, 14, 30, 180);
    auto text = normalize(PdfFile(render_pdf(a)).text());
    // presentation::embargo_notice(), in the small capitals of the notice.
    CHECK(text.find("EMBARGOED UNTIL JULY 10, 2023 AT 2:30") != std::string::npos);
    CHECK(text.find("PM GMT+3") != std::string::npos);
    a.status = PubStatus::Canceled;
    text = normalize(PdfFile(render_pdf(a)).text());
    CHECK(text.find("CANCELED: THIS ARTICLE HAS BEEN WITHDRAWN, DO NOT PUBLISH") !=
          std::string::npos);
}
