/* bs-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

char *bs_csv_format_scores  (BsAssessment *assessment,
                             const char   *lang);
char *bs_csv_format_actions (BsAssessment *assessment,
                             const char   *lang);
void  bs_csv_append_field   (GString      *out,
                             const char   *text);

G_END_DECLS
