// Finds islands near a point (point.distance(i.coordinate, $point) < $metres) or in a box
// (point.withinBBox) without reading every island's coordinate.
CREATE POINT INDEX island_coordinate IF NOT EXISTS FOR (n:Island) ON (n.coordinate)
