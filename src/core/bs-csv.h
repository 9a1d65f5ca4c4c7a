/* bs-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/* The name cell of the questionnaire CSV's second header row, the one
 * with the statement texts: no respondent is called that. */
#define BS_CSV_TEXT_ROW_MARKER "#text"

char *bs_csv_format_scores        (BsAssessment       *assessment,
                                   const char         *lang);
char *bs_csv_format_actions       (BsAssessment       *assessment,
                                   const char         *lang);
char *bs_csv_format_questionnaire (BsAssessment       *assessment,
                                   const char         *lang,
                                   const char * const *names,
                                   const char * const *roles);
void  bs_csv_append_field         (GString            *out,
                                   const char         *text);

G_END_DECLS
