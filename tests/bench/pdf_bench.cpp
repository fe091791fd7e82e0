// pdf_bench: how long the pdf exporter takes per article, in process, and how big the
// PDFs are. Loads the built plugin through the registry like the CLI does.
//
//   pdf_bench [--iterations N] [--threads T] [--write DIR] [-O key=value]...
//
// The articles: every samples/*.yaml (through the loader) and the figures article the
// tests build in C++ (a JPEG photo and a PNG with alpha). For each: one warm-up render
// (fonts are read and parsed once per process), then N timed renders; prints mean and
// median ms per PDF and the size. With --threads T it also renders the samples
// round-robin on T threads and prints PDFs per second. --write DIR saves one PDF per
// sample (for looking at them).
#include "pdf_articles.hpp"

#include <galley/registry.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    int iterations = 200;
    int threads = 0;
    std::string write_dir;
    std::map<std::string, std::string> given;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "pdf_bench: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--iterations") {
            iterations = std::max(1, std::atoi(value().c_str()));
        } else if (arg == "--threads") {
            threads = std::max(1, std::atoi(value().c_str()));
        } else if (arg == "--write") {
            write_dir = value();
        } else if (arg == "-O") {
            const std::string kv = value();
            const auto eq = kv.find('=');
            given[kv.substr(0, eq)] = eq == std::string::npos ? "" : kv.substr(eq + 1);
        } else {
            std::cerr << "usage: pdf_bench [--iterations N] [--threads T] [--write DIR] "
                         "[-O key=value]...\n";
            return 2;
        }
    }

    galley::PluginRegistry registry;
    if (!registry.load_file(GALLEY_PDF_PLUGIN)) {
        std::cerr << "pdf_bench: " << registry.problems().front().reason << "\n";
        return 1;
    }
    const galley::LoadedExporter& pdf = *registry.find("pdf");
    const galley::ExportOptions options = galley::resolve_options(pdf, given);
    std::vector<galley::test::NamedArticle> samples;
    try {
        samples = galley::test::pdf_samples();
    } catch (const std::exception& e) {
        std::cerr << "pdf_bench: " << e.what() << "\n";
        return 1;
    }

    std::printf("%-28s %9s %9s %9s %6s\n", "sample", "ms mean", "ms median", "bytes", "pages");
    for (const auto& sample : samples) {
        galley::Rendition out;
        galley::DiagnosticCollector warnings;
        galley::render(pdf, sample.article, options, out, warnings);  // warm-up
        std::vector<double> times;
        times.reserve(static_cast<std::size_t>(iterations));
        for (int i = 0; i < iterations; ++i) {
            out.clear();
            galley::DiagnosticCollector sink;
            const auto start = Clock::now();
            galley::render(pdf, sample.article, options, out, sink);
            times.push_back(ms_since(start));
        }
        std::sort(times.begin(), times.end());
        double sum = 0;
        for (double t : times) {
            sum += t;
        }
        int pages = 0;
        for (std::size_t p = out.bytes.find("/Type /Page\012"); p != std::string::npos;
             p = out.bytes.find("/Type /Page\012", p + 1)) {
            ++pages;
        }
        std::printf("%-28s %9.3f %9.3f %9zu %6d\n", sample.name.c_str(), sum / iterations,
                    times[times.size() / 2], out.bytes.size(), pages);
        for (const auto& w : warnings.diagnostics()) {
            std::cerr << "  " << w.format() << "\n";
        }
        if (!write_dir.empty()) {
            std::filesystem::create_directories(write_dir);
            std::ofstream(std::filesystem::path(write_dir) / (sample.name + ".pdf"),
                          std::ios::binary)
                << out.bytes;
        }
    }

    if (threads > 0) {
        std::atomic<int> next{0};
        const int total = iterations * static_cast<int>(samples.size());
        const auto start = Clock::now();
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                galley::Rendition out;
                for (int i = next++; i < total; i = next++) {
                    out.clear();
                    galley::DiagnosticCollector sink;
                    galley::render(pdf,
                                   samples[static_cast<std::size_t>(i) % samples.size()].article,
                                   options, out, sink);
                }
            });
        }
        for (auto& th : pool) {
            th.join();
        }
        const double seconds = ms_since(start) / 1000;
        std::printf("%d threads: %d PDFs in %.2f s = %.1f PDFs/s\n", threads, total, seconds,
                    total / seconds);
    }
    return 0;
}
