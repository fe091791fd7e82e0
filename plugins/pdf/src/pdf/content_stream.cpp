// The content-stream writer: keeps the text/graphics state to emit each operator once.
#include "pdf/content_stream.hpp"

#include "pdf/number_format.hpp"

#include <cmath>

namespace galley::pdf {

namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

class ContentWriter {
public:
    ContentWriter(const PageList& page, const std::array<FontBinding, face_count>& fonts,
                  const std::vector<std::string>& images, ColorMode color)
        : m_page(page), m_fonts(fonts), m_images(images), m_color(color) {
        m_out.reserve(16384);
    }

    std::string finish() {
        end_text();
        end_mark();
        return std::move(m_out);
    }

    // Starts the marked-content sequence of `run`, ending the previous one. Text
    // objects are closed first so sequences and BT/ET nest.
    void begin_mark(const MarkedRun& run, const StructureTree& structure) {
        end_text();
        end_mark();
        if (run.element != artifact) {
            m_out += '/';
            m_out += structure[run.element].type;
            m_out += " <</MCID ";
            m_out += std::to_string(run.mcid);
            m_out += ">> BDC\n";
        } else {
            switch (run.artifact_kind) {
            case ArtifactKind::Layout: m_out += "/Artifact BMC\n"; break;
            case ArtifactKind::Header:
                m_out += "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n";
                break;
            case ArtifactKind::Footer:
                m_out += "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
                break;
            case ArtifactKind::Page: m_out += "/Artifact <</Type /Page>> BDC\n"; break;
            }
        }
        m_in_mark = true;
    }

    void draw(const TextOp& op) {
        const FontBinding& font = m_fonts[static_cast<std::size_t>(op.face)];
        const bool continues = m_in_array && op.actual_text < 0 && m_last_actual < 0 &&
                               op.face == m_face && op.size == m_size &&
                               op.tracking == m_tracking && op.ink == m_fill &&
                               op.fake_bold == m_fake_bold && op.invisible == m_invisible &&
                               op.lang == m_lang && std::abs(op.y - m_pen_y) < 0.001;
        if (continues) {
            move_pen(op.x, op.size);
        } else {
            close_array();
            end_actual_text();
            if (op.lang != m_lang) {
                end_language();
            }
            begin_text();
            if (op.face != m_face || op.size != m_size) {
                m_out += '/';
                m_out += font.resource;
                m_out += ' ';
                append_number(m_out, op.size, 2);
                m_out += " Tf\n";
                m_face = op.face;
                m_size = op.size;
            }
            if (op.tracking != m_tracking) {
                append_number(m_out, op.tracking, 3);
                m_out += " Tc\n";
                m_tracking = op.tracking;
            }
            if (op.fake_bold != m_fake_bold || op.invisible != m_invisible) {
                m_out += op.invisible ? "3 Tr\n" : op.fake_bold ? "2 Tr\n" : "0 Tr\n";
                m_fake_bold = op.fake_bold;
                m_invisible = op.invisible;
            }
            if (op.fake_bold) {
                set_line_width(op.size * 0.035);
                set_stroke(op.ink);
            }
            set_fill(op.ink);
            // On the line the pen is on, the glyphs start with a move from where the
            // pen stands instead of a new text matrix. pdf.js does not advance its pen
            // over a glyph whose text holds a nonspacing mark (a Devanagari conjunct
            // with its virama); a text matrix would put its pen back in step and show
            // it the width of such glyphs as a gap: a space before a comma after
            // "दिल्ली". Moves keep its pen and its last glyph's end equally behind.
            const bool same_line = m_positioned && std::abs(op.y - m_line_y) < op.size * 0.5;
            if (!same_line) {
                set_rise(0);
                numbers({1, 0, 0, 1, op.x, op.y});
                m_out += "Tm\n";
                m_line_y = op.y;
                m_pen_x = op.x;
                m_positioned = true;
            } else {
                set_rise(op.y - m_line_y);
            }
            if (op.lang != m_lang) {
                begin_language(op.lang);
            }
            if (op.actual_text >= 0) {
                actual_text(m_page.actual_texts[static_cast<std::size_t>(op.actual_text)]);
                m_last_actual = op.actual_text;
            }
            m_out += '[';
            m_in_array = true;
            if (same_line) {
                move_pen(op.x, op.size);
            }
        }
        const double start = m_pen_x;
        m_out += '<';
        double advance = 0;
        for (std::uint32_t i = 0; i < op.glyph_count; ++i) {
            if (op.adjust_begin >= 0) {
                // A shaped glyph's own position: a TJ number between the glyph strings.
                const int move = m_page.adjustments[static_cast<std::size_t>(op.adjust_begin) + i];
                if (move != 0) {
                    m_out += "> ";
                    append_number(m_out, -move, 0);
                    m_out += " <";
                    advance += move * op.size / 1000.0;
                }
            }
            const std::uint16_t id = m_page.glyphs[op.glyph_begin + i];
            const std::uint16_t cid = font.code(id);
            m_out += hex_digits[(cid >> 12) & 0xF];
            m_out += hex_digits[(cid >> 8) & 0xF];
            m_out += hex_digits[(cid >> 4) & 0xF];
            m_out += hex_digits[cid & 0xF];
            advance += font.advance(id) * op.size / 1000.0 + op.tracking;
        }
        m_out += '>';
        m_pen_x = start + advance;
        m_pen_y = op.y;
    }

    void draw(const LineOp& op) {
        end_text();
        set_line_width(op.width);
        set_stroke(op.ink);
        numbers({op.x1, op.y1});
        m_out += "m ";
        numbers({op.x2, op.y2});
        m_out += "l S\n";
    }

    void draw(const RectOp& op) {
        end_text();
        if (op.stroke_width > 0) {
            set_line_width(op.stroke_width);
            set_stroke(op.fill);
        } else {
            set_fill(op.fill);
        }
        numbers({op.x, op.y, op.width, op.height});
        m_out += op.stroke_width > 0 ? "re S\n" : "re f\n";
    }

    void draw(const ImageOp& op) {
        end_text();
        m_out += "q ";
        numbers({op.width, 0, 0, op.height, op.x, op.y});
        m_out += "cm /";
        m_out += m_images.at(op.image);
        m_out += " Do Q\n";
    }

private:
    void end_mark() {
        if (m_in_mark) {
            m_out += "EMC\n";
            m_in_mark = false;
        }
    }

    // Operands, each followed by a space.
    void numbers(std::initializer_list<double> values) {
        for (double v : values) {
            append_number(m_out, v, 3);
            m_out += ' ';
        }
    }
    void begin_text() {
        if (!m_in_text) {
            m_out += "BT\n";
            m_in_text = true;
            m_positioned = false;  // BT starts the text matrix over
        }
    }
    // Moves the pen to `x` with a TJ adjustment (thousandths of an em, positive = left),
    // following the pen the way a viewer does, rounding included, so that errors do
    // not add up along a line.
    void move_pen(double x, float size) {
        const double adjust = std::round((x - m_pen_x) * 10000.0 / size) / 10.0;
        if (adjust != 0) {
            m_out += ' ';
            append_number(m_out, -adjust, 1);
            m_out += ' ';
            m_pen_x += adjust * size / 1000.0;
        }
    }
    // A glyph raised off the line (a mark placed by the shaper) by text rise, so the
    // pen stays on the line.
    void set_rise(double rise) {
        if (std::abs(rise - m_rise) >= 0.0005) {
            append_number(m_out, rise, 3);
            m_out += " Ts\n";
            m_rise = rise;
        }
    }
    void close_array() {
        if (m_in_array) {
            m_out += "] TJ\n";
            m_in_array = false;
        }
    }
    void end_actual_text() {
        if (m_last_actual >= 0) {
            m_out += "EMC\n";
            m_last_actual = -1;
        }
    }
    // Glyphs in another language than the document's: a Span with /Lang around them
    // (ISO 32000-1, 14.9.2.1), inside the text object and around any ActualText span.
    void begin_language(const LanguageCode& lang) {
        if (is_tagged(lang)) {
            m_out += "/Span <</Lang (";
            m_out += lang.data();
            m_out += ")>> BDC\n";
            m_lang = lang;
        }
    }
    void end_language() {
        if (is_tagged(m_lang)) {
            m_out += "EMC\n";
            m_lang = {};
        }
    }
    void end_text() {
        close_array();
        end_actual_text();
        end_language();
        if (m_in_text) {
            m_out += "ET\n";
            m_in_text = false;
        }
    }
    void actual_text(const std::u32string& text) {
        m_out += "/Span <</ActualText <FEFF";
        auto unit = [&](unsigned u) {
            for (int shift = 12; shift >= 0; shift -= 4) {
                m_out += hex_digits[(u >> shift) & 0xF];
            }
        };
        for (char32_t cp : text) {
            if (cp >= 0x10000) {
                unit(0xD800 + ((cp - 0x10000) >> 10));
                unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                unit(cp);
            }
        }
        m_out += ">>> BDC\n";
    }
    void set_line_width(double width) {
        if (width != m_line_width) {
            append_number(m_out, width, 3);
            m_out += " w\n";
            m_line_width = width;
        }
    }
    void color(const Ink& ink, bool stroke) {
        if (m_color == ColorMode::Cmyk) {
            for (float v : {ink.c, ink.m, ink.y, ink.k}) {
                append_number(m_out, v, 3);
                m_out += ' ';
            }
            m_out += stroke ? "K\n" : "k\n";
        } else {
            for (float v : {ink.r, ink.g, ink.b}) {
                append_number(m_out, v, 3);
                m_out += ' ';
            }
            m_out += stroke ? "RG\n" : "rg\n";
        }
    }
    void set_fill(const Ink& ink) {
        if (!m_has_fill || !(ink == m_fill)) {
            color(ink, false);
            m_fill = ink;
            m_has_fill = true;
        }
    }
    void set_stroke(const Ink& ink) {
        if (!m_has_stroke || !(ink == m_stroke)) {
            color(ink, true);
            m_stroke = ink;
            m_has_stroke = true;
        }
    }

    const PageList& m_page;
    const std::array<FontBinding, face_count>& m_fonts;
    const std::vector<std::string>& m_images;
    ColorMode m_color;
    std::string m_out;

    bool m_in_text = false;
    bool m_in_array = false;
    bool m_in_mark = false;
    std::int32_t m_last_actual = -1;
    LanguageCode m_lang{};  // of the open /Lang span; none: no span open
    FaceId m_face = FaceId::LiberationSerif;
    float m_size = -1;
    float m_tracking = 0;
    bool m_fake_bold = false;
    bool m_invisible = false;
    double m_line_width = 1;  // the PDF default
    Ink m_fill, m_stroke;
    bool m_has_fill = false, m_has_stroke = false;
    double m_pen_x = 0, m_pen_y = 0;
    bool m_positioned = false;  // a Tm in this text object set the line
    double m_line_y = 0;        // the baseline that Tm set
    double m_rise = 0;          // Ts
};

}  // namespace

std::string page_content(const PageList& page, const std::array<FontBinding, face_count>& fonts,
                         const std::vector<std::string>& images, ColorMode color,
                         const StructureTree& structure) {
    ContentWriter writer(page, fonts, images, color);
    std::size_t next_mark = 0;
    for (std::size_t i = 0; i < page.ops.size(); ++i) {
        while (next_mark < page.marks.size() && page.marks[next_mark].op_begin == i) {
            writer.begin_mark(page.marks[next_mark++], structure);
        }
        std::visit([&](const auto& o) { writer.draw(o); }, page.ops[i]);
    }
    return writer.finish();
}

}  // namespace galley::pdf
