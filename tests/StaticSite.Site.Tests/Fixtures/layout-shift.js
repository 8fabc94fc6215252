// Fixture: once the page has been painted, puts a tall block above its paragraph, which the page-load check must report
// as a layout shift.
requestAnimationFrame(() => setTimeout(() => {
  const block = document.createElement('p');
  block.textContent = 'A late block.';
  block.className = 'late-block';
  document.getElementById('moved').before(block);
}, 0));
