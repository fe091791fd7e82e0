// Micro benchmarks (Google Benchmark): loading an article and rendering it with each
// loaded exporter, in process, with no file I/O.
//
// Cases: `seed` (samples/harbin-expo.yaml), `long` (the seed's body repeated
// GALLEY_BENCH_LONG_COPIES times, 20 by default) and every other sample in samples/.
// Benchmarks:
//   load/<case>               YAML text -> Article (the loader, no disk read)
//   render/<format>/<case>    Article -> bytes, one exporter
//   all_formats/<case>        load + render with every exporter: one article's
//                             whole in-process cost; also run on every core at once
//                             to show how the batch path scales
// A format whose plugin is not loaded is simply absent; the list of loaded formats and
// any skipped plugin file is printed first.
#include <galley/galley.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Case {
    std::string name;
    std::string yaml;
    fs::path base_dir;
    galley::LoadResult loaded;  // loaded once, for the render benchmarks
};

struct Format {
    const galley::LoadedExporter* exporter;
    galley::ExportOptions options;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string env_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

// The seed ends with its `body:` list, so repeating what follows "body:" makes a long,
// still valid article with the seed's metadata.
std::string long_article(const std::string& seed, int copies) {
    const std::string marker = "\nbody:\n";
    auto at = seed.find(marker);
    if (at == std::string::npos) {
        return seed;
    }
    std::string head = seed.substr(0, at + marker.size());
    std::string body = seed.substr(at + marker.size());
    std::string out = head;
    for (int i = 0; i < copies; ++i) {
        out += body;
    }
    return out;
}

std::string first_error(const galley::LoadResult& result) {
    for (const auto& d : result.diagnostics) {
        if (d.severity == galley::Severity::Error) {
            return d.format();
        }
    }
    return "article did not load";
}

void bench_load(benchmark::State& state, const Case* c) {
    for (auto _ : state) {
        auto result = galley::load_article_text(c->yaml, c->name, c->base_dir);
        if (!result.ok()) {
            state.SkipWithError(first_error(result).c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->yaml.size()));
    state.SetItemsProcessed(state.iterations());
}

void bench_render(benchmark::State& state, const Case* c, const Format* f) {
    if (!c->loaded.ok()) {
        state.SkipWithError(first_error(c->loaded).c_str());
        return;
    }
    galley::Rendition rendition;
    galley::DiagnosticCollector sink;
    for (auto _ : state) {
        rendition.clear();
        sink.clear();
        try {
            galley::render(*f->exporter, *c->loaded.article, f->options, rendition, sink);
        } catch (const galley::Error& e) {
            state.SkipWithError(e.what());
            break;
        }
        benchmark::DoNotOptimize(rendition.bytes.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["out_bytes"] = static_cast<double>(rendition.bytes.size());
}

void bench_all_formats(benchmark::State& state, const Case* c, const std::vector<Format>* formats) {
    galley::Rendition rendition;
    galley::DiagnosticCollector sink;
    for (auto _ : state) {
        auto result = galley::load_article_text(c->yaml, c->name, c->base_dir);
        if (!result.ok()) {
            state.SkipWithError(first_error(result).c_str());
            break;
        }
        try {
            for (const auto& f : *formats) {
                rendition.clear();
                sink.clear();
                galley::render(*f.exporter, *result.article, f.options, rendition, sink);
                benchmark::DoNotOptimize(rendition.bytes.data());
            }
        } catch (const galley::Error& e) {
            state.SkipWithError(e.what());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    const fs::path samples = env_or("GALLEY_BENCH_SAMPLES", GALLEY_BENCH_SAMPLES_DIR);
    const fs::path plugin_dir = env_or("GALLEY_BENCH_PLUGIN_DIR", GALLEY_BENCH_PLUGIN_DIR);
    const int copies = std::max(1, std::atoi(env_or("GALLEY_BENCH_LONG_COPIES", "20").c_str()));

    galley::PluginRegistry registry;
    registry.load({plugin_dir});
    for (const auto& p : registry.problems()) {
        std::cerr << p.file.string() << ": plugin skipped: " << p.reason << '\n';
    }
    std::vector<Format> formats;
    std::cerr << "formats:";
    for (const auto* e : registry.exporters()) {
        formats.push_back({e, galley::resolve_options(*e, {})});
        std::cerr << ' ' << e->info.id;
    }
    std::cerr << (formats.empty() ? " none loaded from " + plugin_dir.string() : "") << '\n';

    // Cases live in a vector of unique_ptr: benchmarks keep pointers to them.
    std::vector<std::unique_ptr<Case>> cases;
    const fs::path seed_file = samples / "harbin-expo.yaml";
    const std::string seed = read_file(seed_file);
    cases.push_back(std::make_unique<Case>(Case{"seed", seed, samples, {}}));
    cases.push_back(std::make_unique<Case>(Case{"long", long_article(seed, copies), samples, {}}));
    std::vector<fs::path> others;
    for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() == ".yaml" && entry.path() != seed_file) {
            others.push_back(entry.path());
        }
    }
    std::sort(others.begin(), others.end());
    for (const auto& path : others) {
        cases.push_back(std::make_unique<Case>(
            Case{path.stem().string(), read_file(path), path.parent_path(), {}}));
    }

    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    for (auto& c : cases) {
        c->loaded = galley::load_article_text(c->yaml, c->name, c->base_dir);
        benchmark::RegisterBenchmark(("load/" + c->name).c_str(), bench_load, c.get());
        for (const auto& f : formats) {
            benchmark::RegisterBenchmark(("render/" + f.exporter->info.id + "/" + c->name).c_str(),
                                         bench_render, c.get(), &f);
        }
        if (!formats.empty()) {
            benchmark::RegisterBenchmark(("all_formats/" + c->name).c_str(), bench_all_formats,
                                         c.get(), &formats)
                ->ThreadRange(1, cores)
                ->UseRealTime();
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
