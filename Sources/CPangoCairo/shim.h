// Pango lays out text (line breaking, Cyrillic and CJK shaping through HarfBuzz, font fallback);
// cairo draws it into a PDF surface. Swift sees both through this one header.
#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

// PANGO_SCALE is a macro Swift imports, but as a plain int; keep the conversions in one place.
static inline int cdpdf_to_pango(double points) { return (int)(points * PANGO_SCALE + 0.5); }
static inline double cdpdf_from_pango(int units) { return (double)units / PANGO_SCALE; }

#endif
