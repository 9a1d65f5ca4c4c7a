/* bs-hand-out.c: the contents of each file of a round of questionnaires: respondent file, CSV template or paper form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <string.h>

#include "bs-hand-out.h"
#include "bs-questionnaire.h"

static GBytes *
make_csv (BsAssessment *assessment,
          const char   *lang,
          GPtrArray    *names)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GPtrArray) roles = g_ptr_array_new ();
  char *csv;

  for (guint i = 0; i < names->len; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (names, i);

      g_ptr_array_add (people, entry->name != NULL ? entry->name : (char *) "");
      g_ptr_array_add (roles, entry->role != NULL ? entry->role : (char *) "");
    }
  g_ptr_array_add (people, NULL);
  g_ptr_array_add (roles, NULL);
  csv = bs_csv_format_questionnaire (assessment, lang, names->len > 0 ? (const char * const *) people->pdata : NULL,
                                     (const char * const *) roles->pdata);

  return g_bytes_new_take (csv, strlen (csv));
}

/* A blank respondent file: same framework, unit and levels, no answers,
 * the name and role filled in; an id no other file of this round has. */
static GBytes *
make_respondent (BsAssessment     *assessment,
                 BsRespondentName *entry,
                 GHashTable       *ids)
{
  g_autoptr(BsAssessment) blank = NULL;
  char *id;

  do
    id = bs_team_make_respondent_id (bs_assessment_get_team (assessment));
  while (!g_hash_table_add (ids, id));
  blank = bs_assessment_new_blank_respondent (assessment, id, entry->name, entry->role);

  return bs_assessment_to_bytes (blank);
}

/**
 * bs_hand_out_make_file:
 * @assessment: the (team) assessment the round is for
 * @format: what is handed out
 * @lang: (nullable): the language of the CSV's statements and the paper
 *   form; %NULL for the locale's
 * @names: (element-type BsRespondentName): the round's respondents
 * @index: which of the files bs_respondent_names_file_names() gives for
 *   @format and @names to make
 * @ids: (element-type utf8): the respondent ids this round has given;
 *   a respondent file adds its own, so that no two share one
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL with
 *   @error set when the paper form cannot be drawn
 */
GBytes *
bs_hand_out_make_file (BsAssessment     *assessment,
                       BsHandOutFormat   format,
                       const char       *lang,
                       GPtrArray        *names,
                       guint             index,
                       GHashTable       *ids,
                       GError          **error)
{
  BsRespondentName *entry = index < names->len ? g_ptr_array_index (names, index) : NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (names != NULL && ids != NULL, NULL);

  switch (format)
    {
    case BS_HAND_OUT_CSV:
      return make_csv (assessment, lang, names);

    case BS_HAND_OUT_PDF:
      {
        g_autoptr(BsQuestionnaire) questionnaire = bs_questionnaire_new (assessment, lang,
                                                                         entry != NULL ? entry->name : NULL,
                                                                         entry != NULL ? entry->role : NULL);

        return bs_questionnaire_to_pdf (questionnaire, error);
      }

    case BS_HAND_OUT_RESPONDENT_FILES:
    default:
      g_return_val_if_fail (entry != NULL, NULL);
      return make_respondent (assessment, entry, ids);
    }
}
