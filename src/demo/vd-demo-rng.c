/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "VdDemo"

#include "config.h"

#include "vd-demo-private.h"

/* PCG32 (O'Neill, pcg-random.org, "pcg32_random_r"): tiny, fast and fully
 * specified, so a demo archive is the same on every machine and GLib release
 * (GRand's seeding has changed before). */

void
vd_demo_rng_init (VdDemoRng *rng,
                  guint64    seed,
                  guint64    stream)
{
  rng->state = 0;
  rng->inc = (stream << 1) | 1;
  vd_demo_rng_next (rng);
  rng->state += seed;
  vd_demo_rng_next (rng);
}

guint32
vd_demo_rng_next (VdDemoRng *rng)
{
  guint64 old = rng->state;
  guint32 xorshifted;
  guint32 rot;

  rng->state = old * G_GUINT64_CONSTANT (6364136223846793005) + rng->inc;
  xorshifted = (guint32) (((old >> 18) ^ old) >> 27);
  rot = (guint32) (old >> 59);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

/* [0, n); the multiply-shift keeps it unbiased enough for demo data and
 * avoids a division. */
guint32
vd_demo_rng_range (VdDemoRng *rng,
                   guint32    n)
{
  if (n == 0)
    return 0;
  return (guint32) (((guint64) vd_demo_rng_next (rng) * n) >> 32);
}

/* [lo, hi] */
int
vd_demo_rng_between (VdDemoRng *rng,
                     int        lo,
                     int        hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) vd_demo_rng_range (rng, (guint32) (hi - lo + 1));
}

double
vd_demo_rng_double (VdDemoRng *rng)
{
  return vd_demo_rng_next (rng) / 4294967296.0;
}

gboolean
vd_demo_rng_chance (VdDemoRng *rng,
                    double     p)
{
  return vd_demo_rng_double (rng) < p;
}

guint
vd_demo_rng_weighted (VdDemoRng   *rng,
                      const guint *weights,
                      guint        n)
{
  guint total = 0;
  guint pick;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  pick = vd_demo_rng_range (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (pick < weights[i])
        return i;
      pick -= weights[i];
    }
  return n - 1;
}
