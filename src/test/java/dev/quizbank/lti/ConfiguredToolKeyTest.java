package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.util.Base64URL;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An operator's own key ({@code quiz.lti.key.private-key-location}, a PKCS#8 PEM file as openssl writes it) is the one
 * published, and the operator's to rotate.
 */
@QuarkusTest
@WithTestResource(TestDatabase.class)
@TestProfile(ConfiguredToolKeyTest.OwnKey.class)
class ConfiguredToolKeyTest {

    private static final KeyPair PAIR = generate();

    public static class OwnKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path pem = Files.createTempFile("tool-key", ".pem");
                pem.toFile().deleteOnExit();
                Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PAIR.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
                return Map.of("quiz.lti.key.private-key-location", pem.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldPublishTheConfiguredKeyAlone() {
        RSAPublicKey open = (RSAPublicKey) PAIR.getPublic();
        given().when().get("/lti/jwks")
            .then().statusCode(200)
            .body("keys", hasSize(1))
            .body("keys[0].n", equalTo(Base64URL.encode(open.getModulus()).toString()))
            .body("keys[0].e", equalTo(Base64URL.encode(open.getPublicExponent()).toString()))
            .body("keys[0].alg", equalTo("RS256"))
            .body("keys[0].d", nullValue());
    }

    @Test
    void shouldLeaveTheConfiguredKeysRotationToTheOperator() {
        String kid = given().when().get("/lti/jwks").then().statusCode(200).extract().path("keys[0].kid");
        given().header("Authorization", "Bearer " + Tokens.admin("root")).when().post("/lti/keys/rotation")
            .then().statusCode(409).contentType("application/problem+json")
            .body("type", equalTo("/problems/tool-key-configured"))
            .body("detail", containsString("QUIZ_LTI_KEY_PRIVATE_KEY_LOCATION"));
        given().when().get("/lti/jwks").then().statusCode(200).body("keys.kid", contains(kid));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
