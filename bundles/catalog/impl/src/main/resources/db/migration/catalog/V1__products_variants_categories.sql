-- a merchant's category tree; merchants are referred to by id only (the merchants module owns them)
CREATE TABLE category (
    id          UUID PRIMARY KEY,
    merchant_id UUID         NOT NULL,
    parent_id   UUID REFERENCES category (id) ON DELETE CASCADE,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    position    INT          NOT NULL,
    UNIQUE (merchant_id, slug)
);

-- min_price and in_stock summarise the variants, for filtering and sorting the public list without joins
CREATE TABLE product (
    id              UUID PRIMARY KEY,
    merchant_id     UUID          NOT NULL,
    sku             VARCHAR(64)   NOT NULL,
    slug            VARCHAR(96)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    brand           VARCHAR(120),
    description     VARCHAR(20000),
    attributes      VARCHAR(8000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    seo_title       VARCHAR(120),
    seo_description VARCHAR(320),
    currency        CHAR(3)       NOT NULL,
    min_price       BIGINT,
    in_stock        BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    UNIQUE (merchant_id, sku),
    UNIQUE (merchant_id, slug)
);
CREATE INDEX product_by_name ON product (merchant_id, status, name, id);
CREATE INDEX product_by_price ON product (merchant_id, status, min_price, id);
CREATE INDEX product_by_created ON product (merchant_id, status, created_at, id);

CREATE TABLE variant (
    id          UUID PRIMARY KEY,
    product_id  UUID         NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    merchant_id UUID         NOT NULL,
    sku         VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    price       BIGINT       NOT NULL,
    stock       INT          NOT NULL,
    position    INT          NOT NULL,
    UNIQUE (merchant_id, sku)
);
CREATE INDEX variant_product ON variant (product_id);

CREATE TABLE product_category (
    product_id  UUID NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    category_id UUID NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_category_category ON product_category (category_id);
