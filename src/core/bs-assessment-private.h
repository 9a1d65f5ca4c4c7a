/* bs-assessment-private.h: shared between the model and its file I/O
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-assessment.h"
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

  /* <blend-profile> and <team> are reserved for later versions; whatever a
   * file holds there is kept as it is and written back unchanged. */
  xmlDoc      *reserved;
};

void      _bs_assessment_watch        (BsAssessment *self,
                                       gpointer      object);
BsAnswer *_bs_assessment_take_answer (BsAssessment *self,
                                      BsAnswer     *answer);

BsAssessment *_bs_assessment_load_doc (xmlDoc       *doc,
                                       const char   *display_name,
                                       BsFramework  *framework,
                                       GError      **error);

G_END_DECLS
