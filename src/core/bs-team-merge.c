/* bs-team-merge.c: handing out blank questionnaires and merging them back into a team assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-answer-private.h"
#include "bs-assessment-private.h"
#include "bs-error.h"
#include "bs-team-merge.h"
#include "bs-team-private.h"
#include "bs-text.h"
#include "bs-xml-private.h"

/**
 * bs_assessment_new_blank_respondent:
 * @source: the team assessment (or any assessment) the questionnaire is for
 * @id: (nullable): the respondent's id; %NULL makes one that no other
 *   respondent has (bs_team_make_respondent_id())
 * @name: (nullable): the respondent's name
 * @role_id: (nullable): a role of the framework; %NULL means %BS_ROLE_OTHER
 *
 * Makes one respondent's questionnaire: the same framework, title,
 * institution, unit, date and levels as @source, no answers, notes,
 * actions or participants, and the respondent's id, name and role (saved
 * as <respondent>, format 2). bs_team_merge() takes it back.
 *
 * Returns: (transfer full): the blank questionnaire
 */
BsAssessment *
bs_assessment_new_blank_respondent (BsAssessment *source,
                                    const char   *id,
                                    const char   *name,
                                    const char   *role_id)
{
  BsAssessment *blank;
  g_autofree char *made_id = NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (source), NULL);
  g_return_val_if_fail (role_id == NULL || bs_framework_lookup_role (source->framework, role_id) != NULL, NULL);

  if (id == NULL)
    id = made_id = bs_team_make_respondent_id (source->team);

  blank = bs_assessment_new (source->framework);
  bs_assessment_set_title (blank, source->title);
  bs_assessment_set_institution (blank, source->institution);
  bs_assessment_set_unit (blank, source->unit);
  bs_assessment_set_unit_level (blank, source->unit_level);
  bs_assessment_set_date (blank, source->date);
  bs_assessment_set_levels (blank, (const char * const *) source->levels);
  bs_assessment_set_respondent (blank, id, name, role_id);

  return blank;
}

/**
 * bs_assessment_new_team:
 * @source: an assessment, e.g. the first questionnaire to merge
 *
 * Makes an empty team assessment for the same framework, title,
 * institution, unit, date and levels as @source: what bs_team_merge() adds
 * the questionnaires to when there is no team file yet.
 *
 * Returns: (transfer full): the new team assessment, without respondents
 */
BsAssessment *
bs_assessment_new_team (BsAssessment *source)
{
  BsAssessment *team;

  g_return_val_if_fail (BS_IS_ASSESSMENT (source), NULL);

  team = bs_assessment_new (source->framework);
  bs_assessment_set_title (team, source->title);
  bs_assessment_set_institution (team, source->institution);
  bs_assessment_set_unit (team, source->unit);
  bs_assessment_set_unit_level (team, source->unit_level);
  bs_assessment_set_date (team, source->date);
  bs_assessment_set_levels (team, (const char * const *) source->levels);

  return team;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL && a[0] != '\0' ? a : NULL,
                    b != NULL && b[0] != '\0' ? b : NULL) == 0;
}

/* “Bachelor X” (programme), quoted for a message. */
static char *
unit_text (BsAssessment *a)
{
  g_autofree char *quoted = bs_text_quote (a->unit != NULL ? a->unit : "", 60);

  if (a->unit_level == NULL)
    return g_steal_pointer (&quoted);

  return g_strdup_printf ("%s (%s)", quoted, a->unit_level);
}

/* The file name without its folder and its extension: the name of a
 * respondent whose file does not name one (an ordinary assessment). */
static char *
name_from_file (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

static BsRespondent *
respondent_from_file (BsAssessment  *team,
                      BsAssessment  *file,
                      const char    *display_name,
                      gboolean       take_answers,
                      GError       **error)
{
  g_autoptr(BsRespondent) respondent = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (bs_assessment_is_team (file))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE,
                   _("“%s” is a team assessment, not one respondent’s questionnaire."),
                   display_name);
      return NULL;
    }
  if (!g_str_equal (bs_framework_get_id (file->framework), bs_framework_get_id (team->framework)))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                   _("“%s” was made with the framework “%s”, not with “%s”."),
                   display_name, bs_framework_get_id (file->framework), bs_framework_get_id (team->framework));
      return NULL;
    }
  if (g_strcmp0 (bs_assessment_get_framework_version (file), bs_assessment_get_framework_version (team)) != 0)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE,
                   _("“%s” was made with version %s of the framework “%s”, but the team assessment uses version %s."),
                   display_name, bs_assessment_get_framework_version (file),
                   bs_framework_get_id (team->framework), bs_assessment_get_framework_version (team));
      return NULL;
    }
  if (!same_text (file->unit, team->unit) || !same_text (file->unit_level, team->unit_level))
    {
      g_autofree char *file_unit = unit_text (file);
      g_autofree char *team_unit = unit_text (team);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE,
                   _("“%s” is about %s, but the team assessment is about %s."),
                   display_name, file_unit, team_unit);
      return NULL;
    }

  /* A questionnaire that is in the team already keeps its id here, so that
   * bs_team_check_respondent() refuses it as the same respondent. */
  if (file->respondent_id != NULL)
    id = g_strdup (file->respondent_id);
  else
    id = bs_team_make_respondent_id (team->team);

  name = file->respondent_id != NULL ? g_strdup (file->respondent_name) : name_from_file (display_name);
  respondent = bs_respondent_new (id, name, file->respondent_role);

  g_hash_table_iter_init (&iter, file->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BsAnswer *answer = value;
      const char *statement_id = bs_answer_get_statement_id (answer);
      BsStatement *statement = bs_framework_lookup_statement (team->framework, statement_id);
      BsAnswer *copy;

      if (bs_answer_is_empty (answer))
        continue;

      /* A file's answers to a level it leaves out are not saved; the same
       * holds while it is open. */
      if (!bs_assessment_includes_level (file, bs_statement_get_level_id (statement)))
        continue;

      if (!bs_assessment_includes_level (team, bs_statement_get_level_id (statement)))
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE,
                       _("“%s” answers statements of the level “%s”, which the team assessment does not include."),
                       display_name, bs_statement_get_level_id (statement));
          return NULL;
        }

      if (take_answers)
        {
          /* A file loaded only to be merged gives its answers up: a
           * thousand files make a hundred thousand of them. */
          g_hash_table_iter_steal (&iter);
          g_free (key);
          _bs_answer_set_watch (answer, NULL, NULL);
          _bs_respondent_take_answer (respondent, answer);
          continue;
        }

      /* Filled in before the respondent watches it: no signals. */
      copy = bs_answer_new (statement_id);
      bs_answer_set_value (copy, bs_answer_get_value (answer));
      bs_answer_set_target (copy, bs_answer_get_target (answer));
      bs_answer_set_note (copy, bs_answer_get_note (answer));
      bs_answer_set_evidence (copy, bs_answer_get_evidence (answer));
      _bs_respondent_take_answer (respondent, copy);
    }

  return g_steal_pointer (&respondent);
}

/**
 * bs_team_merge:
 * @team: the team assessment to add to (any assessment: one without
 *   respondents becomes a team assessment)
 * @respondents: (array length=n_respondents): the respondents' filled-in
 *   questionnaires (bs_assessment_new_blank_respondent()) or ordinary
 *   assessments of one person
 * @display_names: (array length=n_respondents): the name of each one's
 *   file, for messages (and as the respondent's name when the file does not
 *   name its respondent)
 * @error: the first problem, naming the file
 *
 * Adds each questionnaire as a respondent, with its answers (value, target,
 * note, evidence). All or nothing: every questionnaire is checked before
 * any is added, and a questionnaire is refused when it is a team assessment
 * itself, has another framework id or framework version or another unit,
 * answers a level the team does not include, has a role the framework
 * lacks, or is a respondent the team has already or that comes twice (the
 * same respondent id, or the same name in the same role). Merging again
 * later adds the late respondents and keeps everything else of @team: the
 * agreed answers, notes, actions.
 *
 * Returns: %TRUE when all were added; on %FALSE @team is unchanged
 */
/* All or nothing: bs_team_add_respondents() checks every one first. */
static gboolean
add_respondents (BsAssessment        *team,
                 GPtrArray           *adding,
                 const char * const  *display_names,
                 GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  guint failed = 0;

  if (!bs_team_add_respondents (team->team, (BsRespondent * const *) adding->pdata, adding->len,
                                &failed, &local_error))
    {
      g_set_error (error, BS_FORMAT_ERROR, local_error->code,
                   _("“%s”: %s"), display_names[failed], local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
bs_team_merge (BsAssessment        *team,
               BsAssessment * const *respondents,
               const char * const  *display_names,
               guint                n_respondents,
               GError             **error)
{
  g_autoptr(GPtrArray) adding = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (BS_IS_ASSESSMENT (team), FALSE);
  g_return_val_if_fail (n_respondents == 0 || (respondents != NULL && display_names != NULL), FALSE);

  for (guint i = 0; i < n_respondents; i++)
    {
      BsRespondent *respondent;

      g_return_val_if_fail (BS_IS_ASSESSMENT (respondents[i]), FALSE);

      respondent = respondent_from_file (team, respondents[i], display_names[i], FALSE, error);
      if (respondent == NULL)
        return FALSE;

      g_ptr_array_add (adding, respondent);
    }

  return add_respondents (team, adding, display_names, error);
}

/**
 * bs_team_merge_files:
 * @paths: (array zero-terminated=1): the questionnaires' files
 *
 * Loads every file (against @team's framework: a file of another framework
 * is refused by name), then does what bs_team_merge() does. All or nothing.
 *
 * Returns: %TRUE when all were added; on %FALSE @team is unchanged
 */
gboolean
bs_team_merge_files (BsAssessment        *team,
                     const char * const  *paths,
                     GError             **error)
{
  g_autoptr(GPtrArray) adding = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BS_IS_ASSESSMENT (team), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  /* Each file becomes its respondent as soon as it is read, so that only
   * one file's model is alive at a time. */
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(BsAssessment) file = bs_assessment_load (paths[i], team->framework, error);
      char *name;
      BsRespondent *respondent;

      if (file == NULL)
        return FALSE;

      name = _bs_xml_display_name (paths[i]);
      g_ptr_array_add (names, name);
      respondent = respondent_from_file (team, file, name, TRUE, error);
      if (respondent == NULL)
        return FALSE;

      g_ptr_array_add (adding, respondent);
    }

  return add_respondents (team, adding, (const char * const *) names->pdata, error);
}
