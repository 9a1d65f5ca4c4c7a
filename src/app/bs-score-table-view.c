/* bs-score-table-view.c: the score table of one level on screen, drawn by the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>

#include "bs-display.h"
#include "bs-score-table.h"
#include "bs-score-table-view.h"

/* The table is laid out in points for paper, where its text is 8.5 pt.
 * One point is one pixel on screen, which would make that text half the
 * size of the labels around it: it is drawn up to 1.5 times larger
 * (GTK's caption size), as far as the table keeps at least 300 pt, below
 * which the dimension names would wrap. */
#define SCREEN_SCALE 1.5
#define MIN_POINTS   300.0
#define MIN_WIDTH    280

struct _BsScoreTableView
{
  GtkWidget     parent_instance;

  BsAssessment *assessment;
  char         *level_id;
};

G_DEFINE_FINAL_TYPE (BsScoreTableView, bs_score_table_view, GTK_TYPE_WIDGET)

static void
bs_score_table_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  BsScoreTableView *self = BS_SCORE_TABLE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = bs_score_table_view_get_scale (self, width);
  cairo_t *cr;

  if (self->assessment == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, scale, scale);
  bs_score_table_draw (cr, width / scale, self->assessment, self->level_id, bs_default_language ());
  cairo_destroy (cr);
}

static GtkSizeRequestMode
bs_score_table_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Height for width: the rows wrap, and the text grows, with the width. */
static void
bs_score_table_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  BsScoreTableView *self = BS_SCORE_TABLE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = (int) (MIN_POINTS * SCREEN_SCALE);
    }
  else
    {
      int width = for_size > 0 ? MAX (for_size, MIN_WIDTH) : (int) (MIN_POINTS * SCREEN_SCALE);
      double scale = bs_score_table_view_get_scale (self, width);
      double height = self->assessment == NULL ? 0 :
        scale * bs_score_table_measure (width / scale, self->assessment, self->level_id,
                                        bs_default_language ());

      *minimum = *natural = (int) ceil (height);
    }
}

static void
assessment_changed_cb (BsScoreTableView *self)
{
  /* A score that appears or a note that wraps can change the height. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
bs_score_table_view_dispose (GObject *object)
{
  BsScoreTableView *self = (BsScoreTableView *) object;

  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_score_table_view_parent_class)->dispose (object);
}

static void
bs_score_table_view_finalize (GObject *object)
{
  BsScoreTableView *self = (BsScoreTableView *) object;

  g_free (self->level_id);

  G_OBJECT_CLASS (bs_score_table_view_parent_class)->finalize (object);
}

static void
bs_score_table_view_class_init (BsScoreTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_score_table_view_dispose;
  object_class->finalize = bs_score_table_view_finalize;

  widget_class->snapshot = bs_score_table_view_snapshot;
  widget_class->measure = bs_score_table_view_measure;
  widget_class->get_request_mode = bs_score_table_view_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "scoretable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bs_score_table_view_init (BsScoreTableView *self)
{
}

/**
 * bs_score_table_view_new:
 *
 * Returns: (transfer floating): the score table of @level_id, following
 *   @assessment as it changes
 */
GtkWidget *
bs_score_table_view_new (BsAssessment *assessment,
                         const char   *level_id)
{
  BsScoreTableView *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  self = g_object_new (BS_TYPE_SCORE_TABLE_VIEW, NULL);
  self->assessment = g_object_ref (assessment);
  self->level_id = g_strdup (level_id);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (assessment_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

const char *
bs_score_table_view_get_level_id (BsScoreTableView *self)
{
  g_return_val_if_fail (BS_IS_SCORE_TABLE_VIEW (self), NULL);

  return self->level_id;
}

/**
 * bs_score_table_view_get_scale:
 * @width: a width in pixels
 *
 * Returns: how many pixels one point of the table takes at @width
 */
double
bs_score_table_view_get_scale (BsScoreTableView *self,
                               int               width)
{
  g_return_val_if_fail (BS_IS_SCORE_TABLE_VIEW (self), 1.0);

  return CLAMP (width / MIN_POINTS, 1.0, SCREEN_SCALE);
}
