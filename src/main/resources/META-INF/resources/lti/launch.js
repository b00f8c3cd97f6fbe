// The LTI Client Side postMessage storage (lti.put_data / lti.get_data), for browsers that keep no cookie in the
// platform's frame: the login keeps its binding with the platform, the launch reads it back and posts again.
(() => {
  const lti = document.getElementById('lti');
  if (!lti) {
    return;
  }
  const { action, target, origin, key, value, next } = lti.dataset;
  const frame = target === '_parent' ? window.parent : (window.parent.frames[target] || window.parent);
  const messageId = crypto.randomUUID();
  const done = (stored) => {
    if (action === 'put') {
      location.href = next;
    } else {
      const form = document.getElementById('relaunch');
      form.elements.lti_storage_binding.value = stored || '';
      form.submit();
    }
  };
  const timer = setTimeout(() => done(null), 3000);
  window.addEventListener('message', (event) => {
    const data = event.data || {};
    if (event.origin !== origin || data.message_id !== messageId) {
      return;
    }
    clearTimeout(timer);
    done(data.value);
  });
  const message = action === 'put' ? { subject: 'lti.put_data', message_id: messageId, key, value }
    : { subject: 'lti.get_data', message_id: messageId, key };
  frame.postMessage(message, origin);
})();
