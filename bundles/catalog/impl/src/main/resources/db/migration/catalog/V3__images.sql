-- a product's pictures, in the shop's order; the files themselves are on disk, named by the hash of their bytes,
-- and listed in files ("320x400:<name>,...") so that pages read pictures without a join
CREATE TABLE image (
    id          UUID PRIMARY KEY,
    product_id  UUID         NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    merchant_id UUID         NOT NULL,
    position    INT          NOT NULL,
    alt         VARCHAR(300) NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    files       VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX image_by_product ON image (product_id, position);

-- each stored width of an image, as rows: one file may serve several images (the same upload twice), and a file
-- is deleted when no row names it any more
CREATE TABLE image_file (
    image_id     UUID        NOT NULL REFERENCES image (id) ON DELETE CASCADE,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    file         VARCHAR(80) NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    bytes        BIGINT      NOT NULL,
    PRIMARY KEY (image_id, width)
);
CREATE INDEX image_file_by_file ON image_file (file);
