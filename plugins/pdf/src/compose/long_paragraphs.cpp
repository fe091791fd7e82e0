// Splitting inline text at spaces and between ideographs.
#include "compose/long_paragraphs.hpp"

#include <galley/text.hpp>

#include <string_view>

namespace galley::pdf {

namespace {

bool is_ideograph(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

class Splitter {
public:
    explicit Splitter(std::size_t piece_bytes) : m_piece_bytes(piece_bytes) {
        m_open.push_back(&m_current);
    }

    void add(const InlineText& runs) {
        for (const auto& run : runs) {
            switch (run.kind) {
            case Inline::Kind::Text:
            case Inline::Kind::Code: add_text(run); break;
            case Inline::Kind::LineBreak:
                m_open.back()->push_back(run);
                ++m_bytes;
                break;
            case Inline::Kind::Emphasis:
            case Inline::Kind::Strong:
            case Inline::Kind::Link:
                m_open.back()->push_back(wrapper_of(run));
                m_wrappers.push_back(&run);
                m_open.push_back(&m_open.back()->back().children);
                add(run.children);
                m_open.pop_back();
                m_wrappers.pop_back();
                break;
            }
        }
    }

    std::vector<InlineText> finish() {
        if (!m_current.empty()) {
            m_pieces.push_back(std::move(m_current));
        }
        return std::move(m_pieces);
    }

private:
    static Inline wrapper_of(const Inline& run) {
        Inline w;
        w.kind = run.kind;
        w.url = run.url;
        w.title = run.title;
        return w;
    }

    void add_text(const Inline& run) {
        std::string_view text = run.text;
        while (m_bytes + text.size() > m_piece_bytes) {
            const std::size_t cut =
                cut_point(text, m_piece_bytes > m_bytes ? m_piece_bytes - m_bytes : 0);
            if (cut == std::string_view::npos) {
                break;
            }
            const bool at_space = text[cut] == ' ';
            append(run, text.substr(0, cut));
            next_piece();
            text.remove_prefix(at_space ? cut + 1 : cut);
        }
        append(run, text);
    }

    // The first place at or after `from` to cut `text`: a space, or the start of an
    // ideograph that follows another; npos when there is none.
    static std::size_t cut_point(std::string_view text, std::size_t from) {
        std::size_t pos = 0;
        char32_t previous = 0;
        while (pos < text.size()) {
            const std::size_t at = pos;
            const char32_t cp = next_code_point(text, pos);
            if (at >= from && at > 0 &&
                (cp == ' ' || (is_ideograph(cp) && is_ideograph(previous)))) {
                return at;
            }
            previous = cp;
        }
        return std::string_view::npos;
    }

    void append(const Inline& run, std::string_view text) {
        if (text.empty()) {
            return;
        }
        Inline part;
        part.kind = run.kind;
        part.text = std::string(text);
        m_open.back()->push_back(std::move(part));
        m_bytes += text.size();
    }

    // Ends the current piece and opens the next inside copies of the same wrappers.
    void next_piece() {
        m_pieces.push_back(std::move(m_current));
        m_current.clear();
        m_bytes = 0;
        m_open.assign(1, &m_current);
        for (const Inline* w : m_wrappers) {
            m_open.back()->push_back(wrapper_of(*w));
            m_open.push_back(&m_open.back()->back().children);
        }
    }

    std::size_t m_piece_bytes;
    std::vector<InlineText> m_pieces;
    InlineText m_current;
    std::size_t m_bytes = 0;
    std::vector<InlineText*> m_open;  // where runs go: the current piece, then nested children
    std::vector<const Inline*> m_wrappers;  // the emphasis, strong and links we are inside
};

}  // namespace

std::size_t inline_text_bytes(const InlineText& text) {
    std::size_t bytes = 0;
    for (const auto& run : text) {
        bytes += run.text.size() + inline_text_bytes(run.children);
    }
    return bytes;
}

std::vector<InlineText> split_inline_text(const InlineText& text, std::size_t piece_bytes) {
    Splitter splitter(piece_bytes);
    splitter.add(text);
    return splitter.finish();
}

}  // namespace galley::pdf
