/* bs-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

/* A4 in points. */
#define BS_REPORT_A4_WIDTH  595.276
#define BS_REPORT_A4_HEIGHT 841.89

#define BS_TYPE_REPORT (bs_report_get_type ())

G_DECLARE_FINAL_TYPE (BsReport, bs_report, BS, REPORT, GObject)

BsReport     *bs_report_new            (BsAssessment  *assessment,
                                        const char    *lang);
BsAssessment *bs_report_get_assessment (BsReport      *self);
const char   *bs_report_get_lang       (BsReport      *self);
void          bs_report_paginate       (BsReport      *self,
                                        cairo_t       *cr,
                                        double         page_width,
                                        double         page_height);
guint         bs_report_get_n_pages    (BsReport      *self);
void          bs_report_draw_page      (BsReport      *self,
                                        cairo_t       *cr,
                                        guint          page);
GBytes       *bs_report_to_pdf         (BsReport      *self,
                                        GError       **error);
gboolean      bs_report_write_pdf      (BsReport      *self,
                                        const char    *path,
                                        GError       **error);

G_END_DECLS
