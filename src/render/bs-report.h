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

/**
 * BsReportOptions:
 * @respondent_names: print the names of a team's respondents (per role,
 *   and beside their notes). Off by default: a report is often shared
 *   beyond the team, and respondents answered for their review meeting,
 *   not for the record. Only the coordinator's explicit choice turns it on
 *   (`blendscan-cli report --respondent-names`, the print dialog).
 *
 * What a report prints beyond its defaults; zero-filled is the default.
 * The assessment of one person prints the same whatever these say.
 */
typedef struct
{
  gboolean respondent_names;
} BsReportOptions;

BsReport     *bs_report_new            (BsAssessment  *assessment,
                                        const char    *lang);
BsReport     *bs_report_new_full       (BsAssessment          *assessment,
                                        const char            *lang,
                                        const BsReportOptions *options);
void          bs_report_get_options    (BsReport        *self,
                                        BsReportOptions *options);
void          bs_report_set_options    (BsReport              *self,
                                        const BsReportOptions *options);
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
