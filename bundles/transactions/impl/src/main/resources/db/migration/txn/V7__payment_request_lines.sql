-- What a request sells, when a shop's checkout opened it: each line as the catalog priced it at the time.
CREATE TABLE payment_request_line (
    request_id UUID         NOT NULL REFERENCES payment_request (id),
    position   INT          NOT NULL,
    sku        VARCHAR(64)  NOT NULL,
    name       VARCHAR(330) NOT NULL,
    quantity   INT          NOT NULL CHECK (quantity > 0),
    unit_price BIGINT       NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (request_id, position)
);
