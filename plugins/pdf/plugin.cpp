// The pdf plugin's entry point: the one exporter this module provides.
#include "pdf_exporter.hpp"

#include <galley/plugin.hpp>

GALLEY_DECLARE_PLUGIN(galley::pdf::PdfExporter)
