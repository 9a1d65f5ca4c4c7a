/* bs-assessment-private.h: shared between the model and its file I/O
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-assessment.h"
#include "bs-baseline.h"
#include "bs-framework-private.h"

G_BEGIN_DECLS

struct _BsAssessment
{
  GObject      parent_instance;

  BsFramework *framework;
  char        *title;
  char        *institution;
  char        *unit;
  char        *unit_level;
  char        *date;
  char        *facilitator;
  GStrv        levels;

  GListStore  *participants;
  GHashTable  *answers;          /* statement id → BsAnswer */
  GHashTable  *dimension_notes;  /* "level/dimension" → BsDimensionNotes */
  GListStore  *actions;
  GHashTable  *reflections;      /* question id → text */

  /* Always there; empty for the assessment of one person. */
  BsTeam      *team;
  /* A format 1 file may hold an empty <team/> (the draft of the format);
   * it is written back, so that such a file saves byte for byte. */
  gboolean     keep_empty_team;

  /* Who filled in this file, when it is one respondent's questionnaire
   * (bs_assessment_new_blank_respondent()); all NULL otherwise. */
  char        *respondent_id;
  char        *respondent_name;
  char        *respondent_role;

  /* The framework version the file names; NULL for a new assessment. */
  char        *file_framework_version;

  /* <blend-profile> is reserved for later versions; whatever a file holds
   * there is kept as it is and written back unchanged. */
  xmlDoc      *reserved;

  /* The previous cycle (format 3), or NULL. */
  BsBaseline  *baseline;
};

void      _bs_assessment_watch        (BsAssessment *self,
                                       gpointer      object);
BsAnswer *_bs_assessment_take_answer (BsAssessment *self,
                                      BsAnswer     *answer);

gboolean  _bs_assessment_uses_format_2 (BsAssessment *self);
gboolean  _bs_assessment_uses_format_3 (BsAssessment *self);
gboolean  _bs_action_uses_format_3     (BsAction     *action);

BsAssessment *_bs_assessment_load_doc (xmlDoc       *doc,
                                       const char   *display_name,
                                       BsFramework  *framework,
                                       GError      **error);

G_END_DECLS
