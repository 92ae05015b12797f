package org.trio.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the API's controllers as an RFC 9457 problem detail ({@code application/problem+json}) in French. */
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
        return answer(problem.problem(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Paramètre incorrect",
                        "Le paramètre « " + e.getName() + " » a une valeur incorrecte : « " + e.getValue() + " »"
                                + (e.getRequiredType() == java.time.LocalDate.class
                                        ? " (date attendue : AAAA-MM-JJ)."
                                        : ".")),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Paramètre manquant",
                        "Le paramètre « " + e.getParameterName() + " » est obligatoire."),
                request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Fichier manquant",
                        "Envoyez le fichier dans la partie « " + e.getRequestPartName() + " » du formulaire."),
                request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Corps illisible",
                        "Le corps de la requête n'est pas un objet JSON lisible : un objet dont les champs sont ceux du"
                                + " fichier de téléversement est attendu."),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "Format non pris en charge",
                        "Le type de contenu « " + e.getContentType() + " » n'est pas accepté ici."),
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(
                problem(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "Méthode non permise",
                        "La méthode " + e.getMethod() + " n'est pas permise sur cette adresse."),
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(
                problem(HttpStatus.CONTENT_TOO_LARGE, "Fichier trop gros", "Le fichier dépasse 50 Mo : découpez-le."),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Erreur de l'API sur {}", request.getRequestURI(), e);
        return answer(
                problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Erreur interne",
                        "Trio n'a pas pu répondre ; l'erreur est enregistrée dans son journal."),
                request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
    }
}
