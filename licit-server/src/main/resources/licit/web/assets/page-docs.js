// docs.html's code, a file of its own: the pages' Content-Security-Policy runs no inline script
window.ui = SwaggerUIBundle({ url: '/openapi.yaml', dom_id: '#swagger', withCredentials: true });
