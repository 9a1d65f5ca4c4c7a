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
 * size of the labels around it: it is drawn 1.5 times larger (GTK's
 * caption size), up to twice as large in a wide column (a big screen, a
 * projector), times the zoom, as far as the table keeps at least 300 pt,
 * below which the dimension names would wrap. */
#define SCREEN_SCALE 1.5
#define LARGE_SCALE  2.0
#define LARGE_WIDTH  600.0
#define MIN_POINTS   300.0
#define MIN_WIDTH    280

struct _BsScoreTableView
{
  BsLevelView parent_instance;
};

G_DEFINE_FINAL_TYPE (BsScoreTableView, bs_score_table_view, BS_TYPE_LEVEL_VIEW)

static void
bs_score_table_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  BsScoreTableView *self = BS_SCORE_TABLE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = bs_score_table_view_get_scale (self, width);
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  BsPalette palette;
  cairo_t *cr;

  if (assessment == NULL || width <= 0 || height <= 0)
    return;

  bs_level_view_get_palette (BS_LEVEL_VIEW (self), &palette);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, scale, scale);
  bs_score_table_draw_with_palette (cr, width / scale, assessment, bs_level_view_get_level_id (BS_LEVEL_VIEW (self)),
                                    bs_default_language (), &palette);
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
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));

  double zoom = bs_level_view_get_zoom (BS_LEVEL_VIEW (self));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = (int) (MIN_POINTS * SCREEN_SCALE * zoom);
    }
  else
    {
      int width = for_size > 0 ? MAX (for_size, MIN_WIDTH) : (int) (MIN_POINTS * SCREEN_SCALE * zoom);
      double scale = bs_score_table_view_get_scale (self, width);
      double height = assessment == NULL ? 0 :
        scale * bs_score_table_measure (width / scale, assessment,
                                        bs_level_view_get_level_id (BS_LEVEL_VIEW (self)),
                                        bs_default_language ());

      *minimum = *natural = (int) ceil (height);
    }
}

static void
bs_score_table_view_changed (BsLevelView *view)
{
  /* A score that appears where there was none can change the height. */
  gtk_widget_queue_resize (GTK_WIDGET (view));
}

static void
bs_score_table_view_class_init (BsScoreTableViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BS_LEVEL_VIEW_CLASS (klass)->changed = bs_score_table_view_changed;

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
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  return g_object_new (BS_TYPE_SCORE_TABLE_VIEW, "assessment", assessment, "level-id", level_id, NULL);
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

  double zoom = bs_level_view_get_zoom (BS_LEVEL_VIEW (self));
  /* LARGE_SCALE is reached at LARGE_WIDTH */
  double wanted = zoom * CLAMP (width * LARGE_SCALE / LARGE_WIDTH, SCREEN_SCALE, LARGE_SCALE);

  return MAX (MIN (wanted, width / MIN_POINTS), MIN (zoom, 1.0));
}
