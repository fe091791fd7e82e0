// FontFace reads its cmap one character at a time, on first use (start-up: reading every
// face's whole cmap cost more than an article's lookups). It must give exactly what the
// whole cmap says, for every face, on first and later lookups.
#include "fonts/font_catalog.hpp"

#include <catch2/catch.hpp>

#include <hb.h>

#include <map>
#include <string>

using namespace galley::pdf;

TEST_CASE("a face's glyph lookup on first use matches its whole cmap", "[pdf][fonts]") {
    const FontCatalog catalog;
    for (std::size_t i = 0; i < face_count; ++i) {
        const auto id = static_cast<FaceId>(i);
        CAPTURE(i, face_package(id));
        const FontFace& face = catalog.face(id);

        // What the face had before: every code point of the cmap with a real glyph.
        std::map<char32_t, std::uint16_t> expected;
        hb_font_t* font = hb_font_create(face.hb_face());
        hb_set_t* unicodes = hb_set_create();
        hb_face_collect_unicodes(face.hb_face(), unicodes);
        hb_codepoint_t cp = HB_SET_VALUE_INVALID;
        while (hb_set_next(unicodes, &cp)) {
            hb_codepoint_t gid = 0;
            if (hb_font_get_nominal_glyph(font, cp, &gid) && gid != 0 && gid < face.glyph_count()) {
                expected[static_cast<char32_t>(cp)] = static_cast<std::uint16_t>(gid);
            }
        }
        hb_set_destroy(unicodes);
        hb_font_destroy(font);
        REQUIRE(expected.size() > 50);  // the smallest, Noto Sans Lao, has 76

        std::size_t wrong = 0;
        for (int round = 0; round < 2; ++round) {  // first lookup, then the remembered one
            for (char32_t c = 0; c < 0x30000; ++c) {
                const auto it = expected.find(c);
                const std::uint16_t want = it == expected.end() ? 0 : it->second;
                if (face.glyph(c) != want && ++wrong <= 5) {
                    FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(c) << ": " << face.glyph(c)
                                    << " instead of " << want);
                }
            }
        }
        CHECK(wrong == 0);
    }
}
