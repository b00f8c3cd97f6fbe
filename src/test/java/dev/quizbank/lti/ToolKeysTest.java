package dev.quizbank.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.JWKSet;

import dev.quizbank.support.TestDatabase;
import dev.quizbank.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class ToolKeysTest {

    @Test
    void shouldPublishPublicRsaKeysWithKidAndKeepTheOldOneAfterRotation() throws Exception {
        String before = given().when().get("/lti/jwks")
            .then().statusCode(200).contentType("application/json")
            .header("Cache-Control", containsString("max-age=300"))
            .body("keys", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
            .body("keys.kty", everyItem(equalTo("RSA")))
            .body("keys.alg", everyItem(equalTo("RS256")))
            .body("keys.use", everyItem(equalTo("sig")))
            .body("keys.kid", everyItem(notNullValue()))
            .body("keys.d", everyItem(nullValue()))
            .body("keys.p", everyItem(nullValue()))
            .extract().asString();
        List<String> oldKids = JWKSet.parse(before).getKeys().stream().map(key -> key.getKeyID()).toList();
        String kid = given().header("Authorization", "Bearer " + Tokens.admin("root")).when().post("/lti/keys/rotation")
            .then().statusCode(200).extract().path("kid");
        assertThat(oldKids).doesNotContain(kid);
        given().when().get("/lti/jwks")
            .then().statusCode(200)
            .body("keys.kid", hasItem(kid))
            .body("keys.kid", hasItem(oldKids.getFirst()))
            .body("keys.d", everyItem(nullValue()));
    }
}
