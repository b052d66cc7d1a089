# 잡음 z를 한 번만 뽑아 모든 단계에 재사용한다
@torch.no_grad()
def ddpm_sample(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    shape: tuple[int, ...],
    betas: torch.Tensor,
    variance: str = "beta",
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    T = betas.shape[0]
    x = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)  # x_T
    z = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)
    for t in range(T - 1, -1, -1):
        x = ddpm_sample_step(model, x, t, betas, noise=z, variance=variance)
    return x
