/* bs-questionnaire-private.h: what the questionnaire's files share: its struct and its labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-page-flow.h"
#include "bs-questionnaire.h"
#include "bs-report-private.h"

G_BEGIN_DECLS

struct _BsQuestionnaire
{
  GObject       parent_instance;

  BsAssessment *assessment;
  char         *lang;
  char         *name;      /* the respondent's, or NULL for a blank form */
  char         *role;      /* a role id, or NULL */

  PangoContext *context;
  BsPageFlow   *flow;
  double        page_width;
  double        page_height;
};

/* bs-questionnaire-layout.c */
void _bs_questionnaire_lay_out            (BsQuestionnaire *self,
                                           BsPageFlow      *f);
void _bs_questionnaire_draw_header_footer (BsQuestionnaire *self,
                                           cairo_t         *cr,
                                           guint            page);
const char *_bs_questionnaire_kind        (const char      *lang);

G_END_DECLS
