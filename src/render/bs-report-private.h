/* bs-report-private.h: what the report's files share: the BsReport struct, its page geometry and type sizes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-page-flow.h"
#include "bs-report.h"
#include "bs-report-strings.h"

G_BEGIN_DECLS

struct _BsReport
{
  GObject       parent_instance;

  BsAssessment *assessment;
  char         *lang;
  BsReportOptions options;

  PangoContext *context;
  BsPageFlow   *flow;           /* the pages, once paginated */
  BsTeamStats  *team_stats;     /* a team's, while it is laid out */
  double        page_width;
  double        page_height;
};

/* Page geometry in points; the header and footer sit in the margins but
 * well inside what printers can print (10 mm). */
#define MARGIN_SIDE   56.7
#define MARGIN_TOP    72.0
#define MARGIN_BOTTOM 70.0
#define HEADER_Y      34.0
#define FOOTER_GAP    40.0

/* Few sizes: each size and style is a font to load and measure. */
#define SIZE_BODY     9.5
#define SIZE_SMALL    8.5
#define SIZE_H1       17.0
#define SIZE_H2       13.0
#define SIZE_H3       10.5

/* bs-report-team.c: the sections only a team assessment has */
void _bs_report_list_team          (BsReport   *self,
                                    GPtrArray  *entries);
void _bs_report_build_team         (BsReport   *self,
                                    BsPageFlow *f);
gboolean _bs_report_is_team        (BsReport   *self);

/* bs-report-cycle.c: change since the baseline, moved statements, last cycle's actions */
void _bs_report_list_cycle         (BsReport   *self,
                                    GPtrArray  *entries);
void _bs_report_build_cycle        (BsReport   *self,
                                    BsPageFlow *f);

/* bs-report-next-steps.c: the statements furthest below their target */
void _bs_report_list_next_steps    (BsReport   *self,
                                    GPtrArray  *entries);
void _bs_report_build_next_steps   (BsReport   *self,
                                    BsPageFlow *f);

/* bs-report-gaps.c: targets and the largest gaps, per dimension and level */
void _bs_report_list_gaps          (BsReport   *self,
                                    GPtrArray  *entries);
void _bs_report_build_gaps         (BsReport   *self,
                                    BsPageFlow *f);

/* bs-report-sections.c */
void _bs_report_lay_out            (BsReport   *self,
                                    BsPageFlow *f);
void _bs_report_draw_header_footer (BsReport   *self,
                                    cairo_t    *cr,
                                    guint       page);
void _bs_report_flow_agreed        (BsReport   *self,
                                    BsPageFlow *f,
                                    const char *statement_id,
                                    gboolean    score_line,
                                    double      indent);

G_END_DECLS
