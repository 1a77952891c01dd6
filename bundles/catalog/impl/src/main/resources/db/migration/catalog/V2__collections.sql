-- curated sets of a merchant's products ("Winter favourites"), shown in the order the merchant chose
CREATE TABLE collection (
    id          UUID PRIMARY KEY,
    merchant_id UUID         NOT NULL,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    position    INT          NOT NULL,
    UNIQUE (merchant_id, slug)
);

CREATE TABLE product_collection (
    product_id    UUID NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    collection_id UUID NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, collection_id)
);
CREATE INDEX product_collection_collection ON product_collection (collection_id);
