package dev.quizbank.lti.session;

import static jakarta.transaction.Transactional.TxType.MANDATORY;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Accepted launches and their one-time codes in PostgreSQL. */
@ApplicationScoped
@Transactional(MANDATORY)
public class LaunchStore {

    private static final String COLUMNS = "id, platform_id, deployment_id, message_type, lti_subject, subject, role,"
            + " array_to_string(roles, chr(10)), resource_link_id, context_id, quiz_id, ags_lineitem, ags_lineitems,"
            + " array_to_string(ags_scopes, chr(10)), deep_link_return_url, deep_link_data";

    private final EntityManager entities;

    LaunchStore(EntityManager entities) {
        this.entities = entities;
    }

    public void save(LaunchRecord launch, String codeDigest, Duration codeLifetime) {
        entities.createNativeQuery("""
                insert into {h-schema}lti_launch (id, platform_id, deployment_id, message_type, lti_subject, subject, role, roles,
                    resource_link_id, context_id, quiz_id, ags_lineitem, ags_lineitems, ags_scopes, deep_link_return_url,
                    deep_link_data, code_digest, code_expires_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, string_to_array(?8, chr(10)), ?9, ?10, ?11, ?12, ?13,
                    string_to_array(?14, chr(10)), ?15, ?16, ?17, ?18)""")
                .setParameter(1, launch.id()).setParameter(2, launch.platformId()).setParameter(3, launch.deploymentId())
                .setParameter(4, launch.messageType()).setParameter(5, launch.ltiSubject()).setParameter(6, launch.subject())
                .setParameter(7, launch.role()).setParameter(8, String.join("\n", launch.roles()))
                .setParameter(9, launch.resourceLinkId().orElse(null)).setParameter(10, launch.contextId().orElse(null))
                .setParameter(11, launch.quizId().orElse(null)).setParameter(12, launch.agsLineitem().orElse(null))
                .setParameter(13, launch.agsLineitems().orElse(null)).setParameter(14, String.join("\n", launch.agsScopes()))
                .setParameter(15, launch.deepLinkReturnUrl().orElse(null)).setParameter(16, launch.deepLinkData().orElse(null))
                .setParameter(17, codeDigest).setParameter(18, OffsetDateTime.now().plus(codeLifetime))
                .executeUpdate();
    }

    /** The launch whose unexpired code this is, marking the code used: a second trade of it finds nothing. */
    public Optional<LaunchRecord> redeem(String codeDigest) {
        List<?> rows = entities.createNativeQuery("with used as (update {h-schema}lti_launch set code_used_at = now()"
                + " where code_digest = ?1 and code_used_at is null and code_expires_at > now() returning *) select " + COLUMNS
                + " from used", Object[].class).setParameter(1, codeDigest).getResultList();
        return rows.stream().map(row -> of((Object[]) row)).findFirst();
    }

    public Optional<LaunchRecord> byId(UUID id) {
        List<?> rows = entities.createNativeQuery("select " + COLUMNS + " from {h-schema}lti_launch where id = ?1", Object[].class)
                .setParameter(1, id).getResultList();
        return rows.stream().map(row -> of((Object[]) row)).findFirst();
    }

    private static LaunchRecord of(Object[] row) {
        return new LaunchRecord((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], lines(row[7]), text(row[8]), text(row[9]), text(row[10]), text(row[11]), text(row[12]),
                lines(row[13]), text(row[14]), text(row[15]));
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable((String) value);
    }

    private static List<String> lines(Object value) {
        return value == null || ((String) value).isEmpty() ? List.of() : Arrays.asList(((String) value).split("\n", -1));
    }
}
