/* bs-card-shadow.c: the soft shadow of a .card, drawn from textures
 *
 * libadwaita gives a .card a 1 px ring and two blurred box-shadows. GTK's
 * GL renderer draws blurred shadows by blurring offscreen with shader
 * programs that nothing else in our window uses; with a software GL driver
 * (llvmpipe) compiling them costs about 3 MiB of every process's memory.
 * So the statement cards draw their shadows from eight small textures made
 * once (corners as they are, edges stretched), and style.css gives them no
 * box-shadow. In high contrast the ring takes the text colour: style-hc.css
 * leaves that one to GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "bs-card-shadow.h"

/* libadwaita 1.2's .card: border-radius: 12px; box-shadow:
 * 0 0 0 1px rgba(0, 0, 0, 0.03), 0 1px 3px 1px rgba(0, 0, 0, 0.07),
 * 0 2px 6px 2px rgba(0, 0, 0, 0.03) */
#define RADIUS 12

typedef struct
{
  double dy;
  double blur;
  double spread;
  double alpha;
} Shadow;

/* the ring first: the first shadow is painted on top */
static const Shadow shadows[] = {
  { 0, 0, 1, 0.03 },
  { 1, 3, 1, 0.07 },
  { 2, 6, 2, 0.03 },
};

/* How far the shadows reach outside the box: offset + spread + 3 sigma
 * (CSS blurs with sigma = blur / 2), rounded up. */
#define MARGIN 14
/* How far inside the box the corners still shape the shadow. */
#define INNER (RADIUS + MARGIN)
#define SLICE (MARGIN + INNER)
/* The box the textures are cut from: just wider than two corners. */
#define MODEL (2 * INNER + 2)
#define MAX_SCALE 4

enum {
  TOP_LEFT,
  TOP_RIGHT,
  BOTTOM_LEFT,
  BOTTOM_RIGHT,
  TOP,
  BOTTOM,
  LEFT,
  RIGHT,
  N_SLICES
};

/* [with the ring?][scale - 1][slice] */
static GdkTexture *slices[2][MAX_SCALE][N_SLICES];

/* Coverage (0–1) of a rounded rectangle, antialiased by cairo. */
static float *
rounded_rect_mask (int    size,
                   int    scale,
                   double x,
                   double y,
                   double width,
                   double height,
                   double radius)
{
  g_autofree float *mask = g_new (float, size * size);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;

  cairo_scale (cr, scale, scale);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int j = 0; j < size; j++)
    for (int i = 0; i < size; i++)
      mask[j * size + i] = data[j * stride + i] / 255.f;
  cairo_surface_destroy (surface);

  return g_steal_pointer (&mask);
}

/* Gaussian blur in place, rows then columns; outside the image is 0. */
static void
blur (float  *pixels,
      int     size,
      double  sigma)
{
  int reach = (int) ceil (3 * sigma);
  g_autofree float *kernel = g_new (float, 2 * reach + 1);
  g_autofree float *line = g_new (float, size);
  float sum = 0;

  for (int k = -reach; k <= reach; k++)
    sum += kernel[k + reach] = (float) exp (-(k * k) / (2 * sigma * sigma));
  for (int k = 0; k <= 2 * reach; k++)
    kernel[k] /= sum;

  for (int pass = 0; pass < 2; pass++)
    for (int a = 0; a < size; a++)
      {
        /* pass 0 walks row a, pass 1 column a */
        int step = pass == 0 ? 1 : size;
        float *start = pass == 0 ? pixels + a * size : pixels + a;

        for (int b = 0; b < size; b++)
          {
            float v = 0;

            for (int k = MAX (-reach, -b); k <= MIN (reach, size - 1 - b); k++)
              v += kernel[k + reach] * start[(b + k) * step];
            line[b] = v;
          }
        for (int b = 0; b < size; b++)
          start[b * step] = line[b];
      }
}

static GdkTexture *
cut (const guchar *pixels,
     int           size,
     int           x,
     int           y,
     int           width,
     int           height)
{
  g_autoptr(GBytes) bytes = NULL;
  guchar *data = g_malloc (width * height * 4);

  for (int j = 0; j < height; j++)
    memcpy (data + j * width * 4, pixels + ((y + j) * size + x) * 4, width * 4);
  bytes = g_bytes_new_take (data, width * height * 4);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, width * 4);
}

static void
make_slices (int      scale,
             gboolean ring)
{
  int size = (MODEL + 2 * MARGIN) * scale;
  int slice = SLICE * scale;
  int far = size - slice;
  g_autofree float *box = NULL;
  g_autofree float *alpha = g_new0 (float, size * size);
  g_autofree guchar *pixels = g_new0 (guchar, size * size * 4);
  GdkTexture **out;

  /* Painted bottom one first, as CSS does. */
  for (int s = G_N_ELEMENTS (shadows) - 1; s >= (ring ? 0 : 1); s--)
    {
      const Shadow *shadow = &shadows[s];
      g_autofree float *mask = rounded_rect_mask (size, scale,
                                                  MARGIN - shadow->spread,
                                                  MARGIN - shadow->spread + shadow->dy,
                                                  MODEL + 2 * shadow->spread,
                                                  MODEL + 2 * shadow->spread,
                                                  RADIUS + shadow->spread);

      if (shadow->blur > 0)
        blur (mask, size, shadow->blur / 2 * scale);
      for (int p = 0; p < size * size; p++)
        alpha[p] = shadow->alpha * mask[p] + alpha[p] * (1 - shadow->alpha * mask[p]);
    }

  /* An outset shadow is only drawn outside the box. */
  box = rounded_rect_mask (size, scale, MARGIN, MARGIN, MODEL, MODEL, RADIUS);
  for (int p = 0; p < size * size; p++)
    pixels[p * 4 + 3] = (guchar) lround (255 * alpha[p] * (1 - box[p]));

  out = slices[ring][scale - 1];
  out[TOP_LEFT] = cut (pixels, size, 0, 0, slice, slice);
  out[TOP_RIGHT] = cut (pixels, size, far, 0, slice, slice);
  out[BOTTOM_LEFT] = cut (pixels, size, 0, far, slice, slice);
  out[BOTTOM_RIGHT] = cut (pixels, size, far, far, slice, slice);
  out[TOP] = cut (pixels, size, slice, 0, 1, slice);
  out[BOTTOM] = cut (pixels, size, slice, far, 1, slice);
  out[LEFT] = cut (pixels, size, 0, slice, slice, 1);
  out[RIGHT] = cut (pixels, size, far, slice, slice, 1);
}

static void
append (GtkSnapshot *snapshot,
        GdkTexture  *texture,
        float        x,
        float        y,
        float        width,
        float        height)
{
  if (width > 0 && height > 0)
    gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/**
 * bs_card_shadow_available:
 *
 * The textures copy libadwaita 1.2's .card (Debian 12). Another version
 * may style cards otherwise: there the theme keeps drawing the shadow, so
 * that statement cards look like every other card.
 *
 * Returns: whether to draw a card's shadow with bs_card_shadow_snapshot()
 */
gboolean
bs_card_shadow_available (void)
{
  return adw_get_major_version () == 1 && adw_get_minor_version () == 2;
}

/**
 * bs_card_shadow_snapshot:
 * @snapshot: where to draw
 * @box: the card's border box, at least 52 × 52
 * @scale: the widget's scale factor
 * @ring: whether to draw the ring too (not in high contrast)
 *
 * Draws a .card's shadow around @box, for the card to be drawn on top.
 */
void
bs_card_shadow_snapshot (GtkSnapshot           *snapshot,
                         const graphene_rect_t *box,
                         int                    scale,
                         gboolean               ring)
{
  float x = box->origin.x;
  float y = box->origin.y;
  float right = x + box->size.width - INNER;
  float bottom = y + box->size.height - INNER;
  GdkTexture **s;

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (box != NULL);

  ring = !!ring;
  scale = CLAMP (scale, 1, MAX_SCALE);
  if (slices[ring][scale - 1][0] == NULL)
    make_slices (scale, ring);
  s = slices[ring][scale - 1];

  append (snapshot, s[TOP_LEFT], x - MARGIN, y - MARGIN, SLICE, SLICE);
  append (snapshot, s[TOP_RIGHT], right, y - MARGIN, SLICE, SLICE);
  append (snapshot, s[BOTTOM_LEFT], x - MARGIN, bottom, SLICE, SLICE);
  append (snapshot, s[BOTTOM_RIGHT], right, bottom, SLICE, SLICE);
  append (snapshot, s[TOP], x + INNER, y - MARGIN, right - x - INNER, SLICE);
  append (snapshot, s[BOTTOM], x + INNER, bottom, right - x - INNER, SLICE);
  append (snapshot, s[LEFT], x - MARGIN, y + INNER, SLICE, bottom - y - INNER);
  append (snapshot, s[RIGHT], right, y + INNER, SLICE, bottom - y - INNER);
}
