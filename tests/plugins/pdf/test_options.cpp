// Option values: paper sizes, lengths, margins, and how they resolve to a page setup.
#include "options/page_setup.hpp"

#include <galley/diagnostic.hpp>

#include <catch2/catch.hpp>

using namespace galley::pdf;

TEST_CASE("paper sizes by name and by dimensions", "[pdf][options]") {
    auto a4 = parse_paper("a4");
    REQUIRE(a4);
    CHECK(a4->width == Approx(595.2756).margin(0.001));
    CHECK(a4->height == Approx(841.8898).margin(0.001));
    auto letter = parse_paper("Letter");
    REQUIRE(letter);
    CHECK(letter->width == 612);
    CHECK(letter->height == 792);
    auto tabloid = parse_paper("tabloid");
    REQUIRE(tabloid);
    CHECK(tabloid->height == 1224);
    auto custom = parse_paper("210x280mm");
    REQUIRE(custom);
    CHECK(custom->height == Approx(280 * 72 / 25.4));
    auto inches = parse_paper("8.5x11in");
    REQUIRE(inches);
    CHECK(inches->width == Approx(612));
    CHECK_FALSE(parse_paper("a9"));
    CHECK_FALSE(parse_paper("210x297"));
    CHECK_FALSE(parse_paper("10x10mm"));  // below 50 mm
    CHECK_FALSE(parse_paper("x297mm"));
}

TEST_CASE("lengths need a unit", "[pdf][options]") {
    CHECK(parse_length("3mm").value() == Approx(3 * 72 / 25.4));
    CHECK(parse_length("0.5in").value() == Approx(36));
    CHECK(parse_length("12pt").value() == Approx(12));
    CHECK(parse_length("1cm").value() == Approx(72 / 2.54));
    CHECK(parse_length("0").value() == 0);
    CHECK_FALSE(parse_length("3"));
    CHECK_FALSE(parse_length("-3mm"));
    CHECK_FALSE(parse_length("mm"));
}

TEST_CASE("margins follow CSS order", "[pdf][options]") {
    auto one = parse_margins("20mm").value();
    CHECK(one.top == Approx(one.left));
    auto two = parse_margins("20mm 10mm").value();
    CHECK(two.top == Approx(20 * 72 / 25.4));
    CHECK(two.right == Approx(10 * 72 / 25.4));
    CHECK(two.bottom == Approx(two.top));
    auto four = parse_margins("1mm,2mm,3mm,4mm").value();
    CHECK(four.left == Approx(4 * 72 / 25.4));
    CHECK_FALSE(parse_margins("20mm 10"));
    CHECK_FALSE(parse_margins("1mm 2mm 3mm 4mm 5mm"));
    CHECK_FALSE(parse_margins("200mm"));
}

TEST_CASE("check_page_option explains bad values", "[pdf][options]") {
    CHECK_FALSE(check_page_option("paper", "a4"));
    CHECK(check_page_option("paper", "b7"));
    CHECK_FALSE(check_page_option("bleed", "3mm"));
    CHECK(check_page_option("bleed", "25mm"));
    CHECK(check_page_option("bleed", "3"));
    CHECK_FALSE(check_page_option("font-size", "auto"));
    CHECK_FALSE(check_page_option("font-size", "10.5"));
    CHECK(check_page_option("font-size", "40"));
    CHECK(check_page_option("margins", "wide"));
}

TEST_CASE("no option value is NaN or infinite", "[pdf][options]") {
    for (const char* size : {"nan", "-nan", "NaN", "inf", "-inf", "infinity", "nan(1)"}) {
        INFO(size);
        CHECK(check_page_option("font-size", size));
    }
    for (const char* length : {"nanmm", "infmm", "-infmm", "infinitypt", "nanin"}) {
        INFO(length);
        CHECK_FALSE(parse_length(length));
        CHECK(check_page_option("bleed", length));
        CHECK(check_page_option("margins", length));
    }
    CHECK_FALSE(parse_paper("nanx297mm"));
    CHECK_FALSE(parse_paper("210xinfmm"));
}

TEST_CASE("check_page_setup explains a page that cannot be laid out", "[pdf][options]") {
    galley::ExportOptions options;
    options.values = {
        {"paper", "a4"}, {"margins", "20mm 17mm 22mm"}, {"columns", "auto"}, {"font-size", "auto"}};
    CHECK_FALSE(check_page_setup(options));
    options.values.insert_or_assign("paper", std::string("50x50mm"));
    CHECK(check_page_setup(options).value_or("") ==
          "the margins leave less than 40 x 60 mm for text on this paper");
    CHECK_THROWS_AS(page_setup_from(options), galley::Error);
}

TEST_CASE("page setup resolves columns and sizes", "[pdf][options]") {
    galley::ExportOptions options;
    options.values = {{"paper", "a4"},       {"margins", "20mm 17mm 22mm"},
                      {"columns", "auto"},   {"font-size", "auto"},
                      {"hyphenate", "true"}, {"bleed", "3mm"},
                      {"marks", "crop"},     {"color", "cmyk"}};
    PageSetup a4 = page_setup_from(options);
    CHECK(a4.columns == 2);
    CHECK(a4.body_size == 9.5);
    CHECK(a4.bleed == Approx(3 * 72 / 25.4));
    CHECK(a4.crop_marks);
    CHECK(a4.media_extension() > a4.bleed);

    // (insert_or_assign with std::string: GCC 12 warns falsely on assigning literals.)
    auto set = [&](const char* key, std::string value) {
        options.values.insert_or_assign(key, std::move(value));
    };
    set("paper", "tabloid");
    CHECK(page_setup_from(options).columns == 3);
    set("paper", "a5");
    CHECK(page_setup_from(options).columns == 1);
    set("columns", "3");
    set("margins", "40mm");
    CHECK_THROWS_AS(page_setup_from(options), galley::Error);
}

TEST_CASE("the declared options carry defaults and choices", "[pdf][options]") {
    auto specs = option_specs();
    std::vector<std::string> keys;
    for (const auto& s : specs) {
        keys.push_back(s.key);
        CHECK_FALSE(s.description.empty());
        if (s.type == galley::OptionSpec::Type::String) {
            CHECK_FALSE(check_page_option(s.key, s.default_value));
        }
    }
    CHECK(keys == std::vector<std::string>{"paper", "margins", "columns", "font-size", "fonts",
                                           "hyphenate", "bleed", "marks", "color", "min-image-ppi",
                                           "short-article"});
}
