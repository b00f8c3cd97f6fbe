package dev.quizbank.lti.platform;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A platform (LMS) that may launch the tool, known by its issuer and the client id it gave the tool. */
@Entity
@Table(name = "lti_platform")
public class Platform {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String issuer;

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(name = "auth_url", nullable = false)
    public String authUrl;

    @Column(name = "token_url", nullable = false)
    public String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    public String jwksUrl;

    @Column(name = "created_at", nullable = false, updatable = false, insertable = false)
    public OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
    @Column(name = "deployment_id")
    @OrderBy
    public Set<String> deploymentIds = new LinkedHashSet<>();
}
