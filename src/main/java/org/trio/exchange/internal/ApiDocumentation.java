package org.trio.exchange.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API (served at {@code /v3/api-docs}, interactive page {@code /swagger-ui.html}):
 * its purpose, the two ways of sending a key, and the record of an apprentice with the 62 fields of the national
 * upload format.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI trioOpenApi() {
        return new OpenAPI()
                .info(new Info().title("API Trio").version("1").description("""
                                L'API de Trio pour les autres logiciels des CFA : envoyer des apprentis au format du \
                                fichier de téléversement du tableau de bord de l'apprentissage (une fiche, ou un \
                                fichier importé en arrière-plan), lire les statuts, les effectifs et les ruptures.

                                Chaque requête porte une clé d'API d'un CFA (ou du réseau), créée par la direction \
                                sur la page « Clés d'API » de Trio, dans l'en-tête `Authorization: Bearer <clé>` ou \
                                `X-API-Key: <clé>`. Une clé a des portées : `apprentices:write`, `statuses:read`, \
                                `figures:read`. Chaque clé a une limite de requêtes par minute : au-delà, la réponse \
                                est 429 avec l'en-tête `Retry-After`. Les erreurs sont des « problem details » \
                                (RFC 9457, `application/problem+json`) en français."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Authorization: Bearer trio_…"))
                        .addSecuritySchemes(
                                "cle",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-API-Key")
                                        .description("X-API-Key: trio_…")));
    }

    /** The apprentice's record: the 62 fields of the template, by their names, as text. */
    @Bean
    OpenApiCustomizer apprenticeRecordSchema() {
        return openApi -> {
            Schema<Object> record = new ObjectSchema();
            record.description("Une ligne du fichier de téléversement du tableau de bord (modèle du 29 janvier 2025) :"
                    + " dates AAAA-MM-JJ ou JJ/MM/AAAA, booléens VRAI/FAUX ou OUI/NON, jusqu'à 4 contrats.");
            List<String> required = new ArrayList<>();
            for (TdbColumn column : TdbColumn.values()) {
                StringSchema field = new StringSchema();
                field.description("Colonne " + column.letter() + " du modèle"
                        + (column.required()
                                ? " (obligatoire)"
                                : column.conditional() ? " (obligatoire sous" + " condition)" : ""));
                record.addProperty(column.fieldName(), field);
                if (column.required()) {
                    required.add(column.fieldName());
                }
            }
            record.required(required);
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSchemas("FicheApprenti", record);
        };
    }
}
