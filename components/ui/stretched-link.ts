/**
 * For the one link of a row or card whose whole box should open it: the link's ::after covers the nearest
 * positioned ancestor (give the row or card `relative`). The row stays one link and nothing else, so no
 * interactive element sits inside another, and a screen reader hears the link's own text as its name.
 * Focus shows as a ring round the whole box.
 */
export const stretchedLinkClass =
  "after:absolute after:inset-0 after:content-[''] focus:outline-none focus-visible:after:ring-2 focus-visible:after:ring-inset focus-visible:after:ring-leaf-600";
