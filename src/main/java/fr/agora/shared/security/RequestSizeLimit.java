package fr.agora.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One ceiling for every request body, {@code spring.servlet.multipart.max-request-size}, checked before anything
 * reads the body: a larger request gets a plain 413 with a French sentence and one log line, instead of a
 * multipart parser failing deep inside the servlet stack (which logged two stack traces per anonymous post).
 * Each upload has its own, lower limit, checked in the browser and again on the server with a clear message
 * ({@code BoundedUpload}); the ceiling must stay above all of them (checked by {@code UploadLimitsTest}).
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize max) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(max.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {
        private final long max;

        Filter(long max) {
            this.max = max;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            if (length > max) {
                log.info("Requête refusée : {} octets envoyés à {}, plus que la limite de {} octets", length,
                        request.getRequestURI(), max);
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setHeader("Connection", "close");
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(("Fichier trop volumineux : " + (max / (1024 * 1024))
                        + " Mo au plus. File too large.").getBytes(StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
