/* bs-framework-private.h: shared between the framework model, its parser and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-framework.h"

G_BEGIN_DECLS

struct _BsFramework
{
  GObject      parent_instance;

  char        *id;
  char        *version;
  char        *path;
  BsLocalized *title;
  BsLocalized *description;
  BsLocalized *scale_description; /* how to read the scale (format 3) */
  GListStore  *stages;
  GListStore  *levels;
  GListStore  *reflections;
  GListStore  *glossary;
  GListStore  *roles;             /* the built-in roles, then the framework's own */
  double       disagreement;      /* the team statistics' flag threshold */

  /* Lookups by id; values are owned by the list stores above. */
  GHashTable  *level_index;
  GHashTable  *dimension_index;   /* "level/dimension" → BsDimension */
  GHashTable  *statement_index;
  GHashTable  *question_index;
  GHashTable  *role_index;
};

/* Building a framework: only the loader makes these objects. */
BsStage      *_bs_stage_new                (guint         value,
                                            const char   *id);
BsStatement  *_bs_statement_new            (const char   *id,
                                            const char   *level_id,
                                            const char   *dimension_id);
void          _bs_statement_set_descriptor (BsStatement  *self,
                                            guint         stage,
                                            BsLocalized  *text);
void          _bs_statement_set_next_step  (BsStatement  *self,
                                            guint         from_stage,
                                            BsLocalized  *text);
BsDimension  *_bs_dimension_new            (const char   *id,
                                            const char   *level_id);
void          _bs_dimension_add_statement  (BsDimension  *self,
                                            BsStatement  *child);
BsLevel      *_bs_level_new                (const char   *id);
void          _bs_level_add_dimension      (BsLevel      *self,
                                            BsDimension  *child);
BsReflection *_bs_reflection_new           (const char   *id);
void          _bs_reflection_set_level_id  (BsReflection *self,
                                            const char   *level_id);
void          _bs_reflection_add_question  (BsReflection *self,
                                            BsQuestion   *child);
BsQuestion   *_bs_question_new             (const char   *id,
                                            const char   *reflection_id);
BsTerm       *_bs_term_new                 (const char   *id);
BsRole       *_bs_role_new                 (const char   *id);

void          _bs_framework_add_role       (BsFramework  *self,
                                            BsRole       *role);

char         *_bs_dimension_key            (const char   *level_id,
                                            const char   *dimension_id);

char         *_bs_framework_normalize_space (const char *text);

BsFramework  *_bs_framework_new_from_doc   (xmlDoc       *doc,
                                            const char   *path,
                                            const char   *display_name,
                                            GError      **error);

G_END_DECLS
