// Everything a program that converts articles needs, in one include.
#pragma once

#include <galley/convert.hpp>
#include <galley/diagnostic.hpp>
#include <galley/document.hpp>
#include <galley/exporter.hpp>
#include <galley/loader.hpp>
#include <galley/registry.hpp>
#include <galley/text.hpp>
#include <galley/version.hpp>
