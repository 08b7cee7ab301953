-- OGC API items select active listings by a box on their public points. Compared as geometry,
-- a box's edges are lines of longitude and latitude, as a CRS84 bbox means; geography's would be
-- great circles. Partial, as the public collection shows active listings only.
CREATE INDEX "listings_active_public_point_gix" ON "listings" USING gist ((public_location::geometry)) WHERE status = 'active';
