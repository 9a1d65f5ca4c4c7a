/* bs-review-layout.c: a review page's layout: a header, then two parts side by side or one above the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-review-layout.h"

/* The review meeting runs on a 1920×1080 projector and on an 800×600
 * laptop, and must fit the screen without scrolling the page as a whole:
 * a projected page that scrolls hides half of itself from the room. So
 * the page is laid out to its allocation, not to its content:
 *
 * - the first visible child, the header, gets its natural height for the
 *   full width;
 * - the second and third share the rest: side by side when the page is
 *   at least WIDE_WIDTH wide, the second taking START_FRACTION of the
 *   width; otherwise one above the other, the second taking
 *   START_FRACTION of the height.
 *
 * The two parts must cope with any height: a scrolled window that
 * expands vertically and fills its box, or a height-for-width chart (the
 * radar), which is made narrower, and centred, until its height fits. GTK 4.8 has no breakpoints (libadwaita 1.4), so
 * the switch is made here, at allocation, where the width is known. */

#define WIDE_WIDTH     720
#define START_FRACTION 0.58
#define SPACING        24
#define PART_MIN_WIDTH 280

struct _BsReviewLayout
{
  GtkLayoutManager parent_instance;

  gboolean         wide;
};

G_DEFINE_FINAL_TYPE (BsReviewLayout, bs_review_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The header and the two parts, the visible ones, in order. */
static guint
get_parts (GtkWidget  *widget,
           GtkWidget **parts)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && n < 3;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      parts[n++] = child;

  return n;
}

static void
bs_review_layout_measure (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          GtkOrientation    orientation,
                          int               for_size,
                          int              *minimum,
                          int              *natural,
                          int              *minimum_baseline,
                          int              *natural_baseline)
{
  GtkWidget *parts[3] = { NULL, };
  guint n = get_parts (widget, parts);
  int min[3] = { 0, }, nat[3] = { 0, };

  for (guint i = 0; i < n; i++)
    {
      /* The page fills what it gets, its parts scroll and its header's
       * labels wrap (at any character), so no width is asked: that lays
       * out every label on one line and at its narrowest, which for a
       * header whose texts change at every step was 3 ms of each step's
       * frame. PART_MIN_WIDTH holds the disagreement flag too. */
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          min[i] = PART_MIN_WIDTH;
          nat[i] = i > 0 ? PART_MIN_WIDTH * 2 : PART_MIN_WIDTH;
          continue;
        }
      /* Without a width: see get_request_mode. */
      gtk_widget_measure (parts[i], orientation, -1,
                          &min[i], &nat[i], NULL, NULL);
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (min[0], MAX (min[1], min[2]));
      *natural = MAX (nat[0], nat[1] + SPACING + nat[2]);
    }
  else
    {
      /* the parts side by side; one above the other they scroll */
      int body_min = MAX (min[1], min[2]);
      int body_nat = MAX (nat[1], nat[2]);

      *minimum = min[0] + (n > 1 ? SPACING + body_min : 0);
      *natural = nat[0] + (n > 1 ? SPACING + body_nat : 0);
    }
}

/* Gives @child the box if it expands (a scrolled window), or else, for a
 * height-for-width child (a chart), the widest part of the box that it
 * fits in at its natural height. */
static void
allocate_fitted (GtkWidget *child,
                 int        x,
                 int        y,
                 int        width,
                 int        height)
{
  int min_w, min_h, nat_h;

  if (!gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL) &&
      gtk_widget_get_request_mode (child) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH)
    {
      int w;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      width = MAX (width, min_w);
      w = width;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h, NULL, NULL);
      /* A chart's height grows with its width: scale, then step down
       * until it fits (or the child can get no narrower). */
      if (min_h > height && min_h > 0)
        {
          w = MAX (min_w, (int) ((double) w * height / min_h));
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h, NULL, NULL);
          while (min_h > height && w > min_w)
            {
              w = MAX (min_w, w * 19 / 20);
              gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h, NULL, NULL);
            }
        }
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { x + (width - w) / 2, y, w, MAX (min_h, MIN (nat_h, height)) },
                                -1);
      return;
    }

  /* GTK asks the minimum width itself, as it allocates */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  width = MAX (width, min_w);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min_h, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, MAX (height, min_h) }, -1);
}

static void
bs_review_layout_allocate (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           int               width,
                           int               height,
                           int               baseline)
{
  BsReviewLayout *self = BS_REVIEW_LAYOUT (manager);
  GtkWidget *parts[3] = { NULL, };
  guint n = get_parts (widget, parts);
  int header_min = 0, header_nat = 0, header_h, top, body;

  if (n == 0)
    return;

  gtk_widget_measure (parts[0], GTK_ORIENTATION_VERTICAL, width, &header_min, &header_nat, NULL, NULL);
  header_h = MAX (header_min, MIN (header_nat, height / 2));
  gtk_widget_size_allocate (parts[0], &(GtkAllocation) { 0, 0, width, header_h }, -1);

  top = header_h + SPACING;
  body = MAX (height - top, 0);
  self->wide = width >= WIDE_WIDTH;

  if (n == 2)
    allocate_fitted (parts[1], 0, top, width, body);
  else if (n == 3 && self->wide)
    {
      int start = (int) ((width - SPACING) * START_FRACTION);

      allocate_fitted (parts[1], 0, top, start, body);
      allocate_fitted (parts[2], start + SPACING, top, width - start - SPACING, body);
    }
  else if (n == 3)
    {
      int start = (int) ((body - SPACING) * START_FRACTION);

      allocate_fitted (parts[1], 0, top, width, start);
      allocate_fitted (parts[2], 0, top + start + SPACING, width, MAX (body - start - SPACING, 0));
    }
}

/* A page asks for a size that does not depend on its width: height for
 * width would have GTK search for a width for each height it tries (a
 * dozen of them in a frame, laying out every label of the page each
 * time), and the page fits whatever it gets at allocation anyway. */
static GtkSizeRequestMode
bs_review_layout_get_request_mode (GtkLayoutManager *manager,
                                   GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
bs_review_layout_class_init (BsReviewLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = bs_review_layout_measure;
  manager_class->allocate = bs_review_layout_allocate;
  manager_class->get_request_mode = bs_review_layout_get_request_mode;
}

static void
bs_review_layout_init (BsReviewLayout *self)
{
}

/**
 * bs_review_layout_get_wide:
 *
 * Returns: whether the last allocation put the two parts side by side
 */
gboolean
bs_review_layout_get_wide (BsReviewLayout *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_LAYOUT (self), FALSE);

  return self->wide;
}
