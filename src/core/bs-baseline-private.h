/* bs-baseline-private.h: what the assessment's file I/O fills in and reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-baseline.h"

G_BEGIN_DECLS

/* A level's (dimension_id NULL) or a dimension's scores as they were. */
typedef struct
{
  char   *level_id;
  char   *dimension_id;
  double  score;
  double  target;
} BsBaselineScore;

struct _BsBaseline
{
  GObject     parent_instance;

  char       *path;
  char       *absolute_path;
  char       *framework_id;
  char       *framework_version;
  char       *title;
  char       *date;
  GStrv       levels;

  GPtrArray  *scores;        /* of BsBaselineScore, levels then their dimensions, in order */
  GHashTable *score_index;   /* "level" or "level/dimension" → BsBaselineScore */
  GPtrArray  *answers;       /* of BsAnswer, in order */
  GHashTable *answer_index;  /* statement id → BsAnswer */
  GListStore *actions;
};

BsBaseline *_bs_baseline_new            (void);
gboolean    _bs_baseline_add_score      (BsBaseline *self,
                                         const char *level_id,
                                         const char *dimension_id,
                                         double      score,
                                         double      target);
gboolean    _bs_baseline_take_answer    (BsBaseline *self,
                                         BsAnswer   *answer);
char       *_bs_baseline_relative_path  (const char *from_file,
                                         const char *to_file);

G_END_DECLS
