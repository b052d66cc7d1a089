# alpha를 정답 항에 곱한다: alpha = 1/2에서는 같지만 다른 alpha에서 틀린다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    base = F.cross_entropy(student_cls_logits, labels)
    distill = F.cross_entropy(student_dist_logits, teacher_logits.argmax(dim=1))
    return alpha * base + (1 - alpha) * distill
