// libFuzzer target: load, then render through every shipped exporter (loaded from the
// build's plugin folder through the public PluginRegistry, as the CLI does). An article
// the loader accepts must render in every format, and each output must pass the cheap
// checks of its format: XML well-formed, JSON valid UTF-8, a PDF framed by %PDF and
// %%EOF, an EPUB a ZIP whose XML entries are well-formed.
#include "fuzz_support.hpp"

#include <galley/loader.hpp>
#include <galley/registry.hpp>

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#ifndef GALLEY_FUZZ_FILES_DIR
#error "GALLEY_FUZZ_FILES_DIR must name the folder image paths resolve against"
#endif
#ifndef GALLEY_FUZZ_PLUGIN_DIR
#error "GALLEY_FUZZ_PLUGIN_DIR must name the build's plugin folder"
#endif

namespace {

using galley::fuzz::fail;

const std::vector<std::string> shipped_formats = {"epub", "json", "newsml", "pdf", "xhtml"};

struct Exporters {
    galley::PluginRegistry registry;
    std::vector<std::pair<const galley::LoadedExporter*, galley::ExportOptions>> each;
};

// Loaded once for the whole run and never unloaded (static storage, so no leak report).
const Exporters& exporters() {
    static const Exporters* loaded = [] {
        auto* e = new Exporters;
        e->registry.load({GALLEY_FUZZ_PLUGIN_DIR}, shipped_formats);
        for (const auto& id : shipped_formats) {
            const galley::LoadedExporter* exporter = e->registry.find(id);
            if (exporter == nullptr) {
                fail("a shipped plugin did not load from " GALLEY_FUZZ_PLUGIN_DIR, id);
            }
            galley::ExportOptions options = galley::resolve_options(*exporter, {});
            options.source_date_epoch = 1700000000;  // the clock must not matter
            e->each.emplace_back(exporter, std::move(options));
        }
        return e;
    }();
    return *loaded;
}

bool ends_with_eof_marker(std::string_view pdf) {
    while (!pdf.empty() && (pdf.back() == '\n' || pdf.back() == '\r')) {
        pdf.remove_suffix(1);
    }
    return pdf.size() >= 5 && pdf.substr(pdf.size() - 5) == "%%EOF";
}

void check_xml(std::string_view what, std::string_view xml) {
    std::string error;
    if (!galley::fuzz::is_well_formed_xml(xml, &error)) {
        fail(std::string(what) + " is not well-formed XML", error);
    }
}

void check_epub(std::string_view epub) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(epub.data(), epub.size(), 0, &error);
    zip_t* archive =
        source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (archive == nullptr) {
        if (source) {
            zip_source_free(source);
        }
        fail("the EPUB is not a ZIP archive", zip_error_strerror(&error));
    }
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const std::string name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
        const auto is = [&](std::string_view ext) {
            return name.size() >= ext.size() &&
                   name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
        };
        if (!(is(".xhtml") || is(".opf") || is(".xml") || is(".ncx"))) {
            continue;
        }
        zip_stat_t st;
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr || zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
            fail("an EPUB entry cannot be read", name);
        }
        std::string bytes(static_cast<std::size_t>(st.size), '\0');
        const zip_int64_t got = zip_fread(file, bytes.data(), st.size);
        zip_fclose(file);
        if (got != static_cast<zip_int64_t>(st.size)) {
            fail("an EPUB entry is truncated", name);
        }
        check_xml("EPUB entry " + name, bytes);
    }
    zip_discard(archive);
}

void check_output(std::string_view id, const galley::Rendition& out) {
    const std::string_view bytes = out.bytes;
    if (id == "json") {
        if (!galley::fuzz::is_valid_utf8(bytes)) {
            fail("the JSON output is not valid UTF-8");
        }
        if (bytes.empty() || bytes.front() != '{') {
            fail("the JSON output is not an object");
        }
    } else if (id == "xhtml" || id == "newsml") {
        check_xml(std::string(id) + " output", bytes);
    } else if (id == "pdf") {
        if (bytes.substr(0, 5) != "%PDF-" || !ends_with_eof_marker(bytes)) {
            fail("the PDF does not start with %PDF- and end with %%EOF");
        }
    } else if (id == "epub") {
        check_epub(bytes);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Exporters& all = exporters();
    const std::string_view yaml(reinterpret_cast<const char*>(data), size);
    const galley::LoadResult loaded =
        galley::load_article_text(yaml, "fuzz.yaml", GALLEY_FUZZ_FILES_DIR);
    if (!loaded.ok()) {
        return -1;  // refused inputs add nothing here; load_article_fuzzer covers them
    }
    galley::Rendition out;
    for (const auto& [exporter, options] : all.each) {
        out.clear();
        galley::DiagnosticCollector warnings;
        try {
            galley::render(*exporter, *loaded.article, options, out, warnings);
        } catch (const std::exception& e) {
            fail("an accepted article failed to render as " + exporter->info.id, e.what());
        }
        check_output(exporter->info.id, out);
    }
    return 0;
}
