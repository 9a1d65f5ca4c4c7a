/* bs-respondent-names.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-framework.h"

G_BEGIN_DECLS

/* The people a round of questionnaires is handed out to
 * (docs/file-formats.md, "Handing out questionnaires"): read from a names
 * file (blendscan-cli blank --names, the app's "Import Names…") or typed
 * into the app's list, and the file each one gets. The CLI and the app
 * share this, so the same list gives the same files. */

/* A names file is a list of people, not a data set. */
#define BS_RESPONDENT_NAMES_MAX_SIZE (4 * 1024 * 1024)
#define BS_RESPONDENT_NAMES_MAX      10000

/**
 * BsHandOutFormat:
 * @BS_HAND_OUT_RESPONDENT_FILES: a respondent file (.blendscan) each
 * @BS_HAND_OUT_CSV: one questionnaire.csv for a survey tool
 * @BS_HAND_OUT_PDF: a paper form (.pdf) each
 */
typedef enum
{
  BS_HAND_OUT_RESPONDENT_FILES,
  BS_HAND_OUT_CSV,
  BS_HAND_OUT_PDF,
} BsHandOutFormat;

/**
 * BsRespondentName:
 * @name: (nullable): the respondent's name, trimmed; %NULL for an
 *   anonymous respondent
 * @role: (nullable): a role id, or %NULL when none is given
 * @line: the line of the names file (or row of the list) it is on; 0
 *   without one
 */
typedef struct
{
  char  *name;
  char  *role;
  guint  line;
} BsRespondentName;

BsRespondentName *bs_respondent_name_new            (const char      *name,
                                                     const char      *role,
                                                     guint            line);
void              bs_respondent_name_free           (gpointer         entry);

GPtrArray        *bs_respondent_names_read          (const char      *path,
                                                     BsFramework     *framework,
                                                     GError         **error);
gboolean          bs_respondent_names_check         (GPtrArray       *names,
                                                     GError         **error);
char             *bs_respondent_names_file_stem     (const char      *name,
                                                     guint            number,
                                                     GHashTable      *taken);
GStrv             bs_respondent_names_file_names    (BsHandOutFormat  format,
                                                     GPtrArray       *names);
char             *bs_respondent_names_role_list     (BsFramework     *framework);

G_END_DECLS
