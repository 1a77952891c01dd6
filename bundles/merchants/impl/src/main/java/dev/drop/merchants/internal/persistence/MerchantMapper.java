package dev.drop.merchants.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL of the {@code merchants} schema; see MerchantMapper.xml. */
public interface MerchantMapper {

    Optional<MerchantRow> find(UUID id);

    Optional<MerchantRow> findBySlug(String slug);

    void insert(MerchantRow row);

    /** Updates the row if its version is still {@code row.version() - 1}; returns the rows changed. */
    int update(MerchantRow row);

    /** Merchants in a status (all when null), by slug, after the given slug. */
    List<MerchantRow> page(@Param("status") String status, @Param("after") String after, @Param("limit") int limit);

    /** The merchants a user is on the staff of, by slug. */
    List<MerchantRow> ofUser(UUID userId);

    Optional<StaffRow> staffMember(@Param("merchantId") UUID merchantId, @Param("userId") UUID userId);

    List<StaffRow> staff(UUID merchantId);

    void insertStaff(StaffRow row);

    int updateStaffRole(@Param("merchantId") UUID merchantId, @Param("userId") UUID userId, @Param("role") String role);

    void insertApiKey(ApiKeyRow row);

    List<ApiKeyRow> apiKeys(UUID merchantId);

    Optional<ApiKeyRow> apiKeyBySecretHash(String secretHash);

    int revokeApiKey(@Param("merchantId") UUID merchantId, @Param("id") UUID id, @Param("at") Instant at);

    void touchApiKey(@Param("id") UUID id, @Param("at") Instant at);
}
